/** One row per assumption: name (unit), value or formula, kind (bron/aanname) and source. */
import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import { assumptionDef, type AssumptionMap } from '../../../shared/assumptions';
import { unitLabel } from '../../../shared/numberFormat';
import { T } from '../text';
import { AssumptionGrid } from './AssumptionGrid';
import { assumptionColumn, type AssumptionRow } from './gridSetup';

interface Props {
  keys: readonly string[];
  label: string;
  assumptions: AssumptionMap;
  errors: Record<string, string>;
  readOnly: boolean;
  onEdit(key: string, typed: unknown): void;
  onSelectKey(key: string): void;
  /** "Mijn gemeente": rows of its own assumptions (a key naming its code, such as herkomstGewicht.GM0153) are highlighted. */
  focus?: string | null;
}

export function GroupGrid({ keys, label, assumptions, errors, readOnly, onEdit, onSelectKey, focus }: Props) {
  const rows = useMemo<AssumptionRow[]>(
    () => keys.map((key) => ({ id: key, label: assumptionDef(key)?.label ?? key, cells: { [key]: assumptions[key] } })),
    [assumptions, keys],
  );
  const columns = useMemo<ColDef<AssumptionRow>[]>(
    () => [
      {
        colId: 'aanname',
        headerName: T.aanname,
        flex: 3,
        minWidth: 280,
        // The label tells rows apart ("…, All-inclusive" vs "…, Modulair in de wijk"): always shown in full.
        wrapText: true,
        autoHeight: true,
        valueGetter: (p) => {
          const def = p.data ? assumptionDef(p.data.id) : undefined;
          return p.data ? `${p.data.label} (${def ? unitLabel(def) : ''})` : '';
        },
        tooltipValueGetter: (p) => `${(p.value as string) ?? ''} — in formules: ${assumptionDef(p.data?.id ?? '')?.name ?? ''}`,
        cellClass: 'cel-label',
      },
      {
        ...assumptionColumn({ colId: 'waarde', headerName: T.waarde, keyOf: (row) => row.id, errors, readOnly, width: 170 }),
        // A choice ("behoefte volgt de trend") is shown in full too.
        wrapText: true,
        autoHeight: true,
      },
      {
        colId: 'soort',
        headerName: T.soort,
        width: 100,
        valueGetter: (p) => (p.data?.cells[p.data.id]?.isAanname ? T.badgeAanname : T.badgeBron),
        cellClassRules: { 'cel-aanname': (p) => p.value === T.badgeAanname },
      },
      {
        colId: 'bron',
        headerName: T.bronToelichting,
        flex: 3,
        minWidth: 220,
        valueGetter: (p) => p.data?.cells[p.data.id]?.source ?? '',
        tooltipValueGetter: (p) => (p.value as string) ?? '',
        cellClass: 'cel-bron',
      },
    ],
    [errors, readOnly],
  );
  return (
    <AssumptionGrid
      label={label}
      rows={rows}
      columns={columns}
      keyAt={(row, colId) => (colId === 'aanname' ? undefined : row.id)}
      onEdit={onEdit}
      onSelectKey={onSelectKey}
      focusRowIds={focus ? keys.filter((k) => k.split('.').includes(focus)) : undefined}
    />
  );
}
