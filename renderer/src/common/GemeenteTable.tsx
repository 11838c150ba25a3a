/** A table with a row per gemeente (always alphabetical) and the given columns: the one way gemeente tables are drawn. */
import type { ReactNode } from 'react';
import { GEMEENTEN } from '../../../shared/domain';

export interface GemeenteColumn {
  key: string;
  header: ReactNode;
  /** The cell of gemeente number i (alphabetical order). */
  cell(i: number): ReactNode;
  /** The cell of the total row, when the table has one. */
  total?: ReactNode;
}

interface Props {
  columns: GemeenteColumn[];
  className?: string;
  testId?: string;
  totalLabel?: string;
  /** The gemeente whose row stands out ("Mijn gemeente"), if any. */
  highlight?: string | null;
}

export function GemeenteTable({ columns, className, testId, totalLabel, highlight }: Props) {
  return (
    <table className={className} data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">Gemeente</th>
          {columns.map((c) => (
            <th scope="col" key={c.key}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {GEMEENTEN.map((g, i) => (
          <tr key={g.code} className={g.code === highlight ? 'focus-row' : undefined}>
            <th scope="row">{g.naam}</th>
            {columns.map((c) => (
              <td key={c.key}>{c.cell(i)}</td>
            ))}
          </tr>
        ))}
      </tbody>
      {totalLabel && (
        <tfoot>
          <tr>
            <th scope="row">{totalLabel}</th>
            {columns.map((c) => (
              <td key={c.key}>{c.total ?? ''}</td>
            ))}
          </tr>
        </tfoot>
      )}
    </table>
  );
}
