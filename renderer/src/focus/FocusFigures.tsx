/**
 * "Region vs gemeente": the chosen gemeente's figures beside the region's, in one small table every view reuses;
 * and the one-line note where a view has no figures per gemeente. Both show nothing while no gemeente is chosen.
 */
import type { ReactNode } from 'react';
import { formatNumber } from '../../../shared/numberFormat';
import { useGemeenteFocus } from './focusContext';

export type FocusUnit = 'mensen' | 'plekken' | 'woningen' | 'maanden' | 'euro';

export interface FocusFigure {
  id: string;
  label: string;
  /** The gemeente's figure and the region's; null: undetermined (a waiting time nobody reaches). */
  gemeente: number | null;
  region: number | null;
  unit: FocusUnit;
  /** Show the gemeente's share of the region (counts that add up over the gemeenten). */
  share?: boolean;
  /** What the figure means for the gemeente (origin, places in the gemeente, how it was split). */
  note?: string;
  /** The figures as the view's own table words them, where that differs from the plain number ("geen vraag"). */
  text?: { gemeente: string; region: string };
}

export function formatFocusValue(x: number | null, unit: FocusUnit): string {
  if (x === null) return 'onbepaald';
  if (unit === 'maanden') return `${formatNumber(x, 1)} mnd`;
  if (unit === 'euro') return `€ ${formatNumber(x / 1e6, 1)} mln`;
  return formatNumber(Math.round(x));
}

function shareText(f: FocusFigure): string {
  if (!f.share || f.gemeente === null || f.region === null || f.region <= 0) return '';
  return `${formatNumber((f.gemeente / f.region) * 100)} %`;
}

export function FocusFigures({ title, figures, sentence, testId }: { title: string; figures: FocusFigure[]; sentence?: ReactNode; testId: string }) {
  const { naam } = useGemeenteFocus();
  if (!naam) return null;
  const withShare = figures.some((f) => f.share);
  return (
    <section className="focus-figures" aria-label={title} data-testid={testId}>
      <h2>{title}</h2>
      {sentence && <p className="focus-sentence">{sentence}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">Kerncijfer</th>
            <th scope="col">{naam}</th>
            <th scope="col">Regio</th>
            {withShare && <th scope="col">Aandeel {naam}</th>}
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.id} data-testid={`focus-${f.id}`}>
              <th scope="row">
                {f.label}
                {f.note && <div className="focus-note-small">{f.note}</div>}
              </th>
              <td data-col="gemeente">{f.text?.gemeente ?? formatFocusValue(f.gemeente, f.unit)}</td>
              <td data-col="regio">{f.text?.region ?? formatFocusValue(f.region, f.unit)}</td>
              {withShare && <td data-col="deel">{shareText(f)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One short line where a view (or part of it) has figures for the region only. */
export function FocusNote({ text, testId = 'focus-note' }: { text: (naam: string) => string; testId?: string }) {
  const { naam } = useGemeenteFocus();
  if (!naam) return null;
  return (
    <p className="focus-note" data-testid={testId}>
      {text(naam)}
    </p>
  );
}

/** The class of a gemeente's row in a table when it is the chosen one. */
export const focusRowClass = (isFocus: boolean) => (isFocus ? 'focus-row' : undefined);
