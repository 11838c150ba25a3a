/**
 * "Wat is er anders?": warnings when the figures do not mean the same, the sentence that says where the scenarios
 * differ, then the settings, assumptions and ranges that differ and the locations and Wlz events not in every
 * scenario. The Vergelijken tab and the report show this same block.
 */
import type { ReactNode } from 'react';
import type { CompareView } from '../../../shared/contract';
import { AssumptionDiffTable, PresenceList, RangeDiffTable } from './CompareTables';
import { comparabilityWarnings, differenceSummary, isSetting } from './differences';

interface Props {
  view: CompareView;
  /** The class of the tables: the screen's or the report's. */
  tableClass: string;
  /** Test ids only on screen, so the report and the tab do not share them. */
  testIds?: boolean;
  /** False when the warnings are already shown above the key figures. */
  warnings?: boolean;
}

/** The warnings that the scenarios' figures do not mean the same; nothing when they do. */
export function ComparabilityWarnings({ view, testIds = false }: { view: CompareView; testIds?: boolean }) {
  return comparabilityWarnings(view).map((w) => (
    <p key={w} className="notice" data-testid={testIds ? 'compare-warning' : undefined}>
      <strong>Let op: niet één op één te vergelijken.</strong> {w}
    </p>
  ));
}

export function Differences({ view, tableClass, testIds = false, warnings = true }: Props) {
  const settings = view.assumptionDiff.filter((d) => isSetting(d.key));
  const others = view.assumptionDiff.filter((d) => !isSetting(d.key));
  const id = (x: string) => (testIds ? x : undefined);
  const table = (content: ReactNode) => (testIds ? <div className="table-scroll">{content}</div> : content);
  return (
    <>
      {warnings && <ComparabilityWarnings view={view} testIds={testIds} />}
      <p data-testid={id('difference-summary')}>{differenceSummary(view)}</p>
      {settings.length > 0 && (
        <>
          <h3>Instellingen van het model</h3>
          {table(<AssumptionDiffTable view={view} rows={settings} className={tableClass} testId={id('setting-diff')} />)}
        </>
      )}
      {others.length > 0 && (
        <>
          <h3>Aannames</h3>
          {table(<AssumptionDiffTable view={view} rows={others} className={tableClass} testId={id('assumption-diff')} />)}
        </>
      )}
      {view.rangeDiff.length > 0 && (
        <>
          <h3>Bereiken voor de onzekerheidsanalyse</h3>
          {table(<RangeDiffTable view={view} className={tableClass} testId={id('range-diff')} />)}
        </>
      )}
      <PresenceList view={view} testId={id('location-diff')} />
    </>
  );
}
