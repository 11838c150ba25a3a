/** What the scenarios change against the reference: locations, one-off Wlz events and assumptions, in words, with each scenario's source. */
import { assumptionDef } from '../../../shared/assumptions';
import { assumptionValueText } from '../../../shared/assumptionText';
import { RangeDiffTable, ScenarioHeadRow } from '../compare/CompareTables';
import { differenceSummary } from '../compare/differences';
import { COLORS } from '../compare/Overlay';
import { noteText } from './assumptionTable';
import { changedAssumptions, locationChange, locationText } from './scenarioDiff';
import type { ReportData } from './useReportData';

export function ScenarioDifferences({ data }: { data: ReportData }) {
  const { view } = data;
  const ref = Math.max(0, view.scenarios.findIndex((s) => s.id === view.referenceId));
  const refName = view.scenarios[ref].name;
  const reference = data.scenarios[ref].data;
  const others = view.scenarios.map((_, i) => i).filter((i) => i !== ref);
  const keys = [...new Set(others.flatMap((i) => changedAssumptions(reference, data.scenarios[i].data)))];
  return (
    <section className="page flow" data-testid="report-differences">
      <h2>Wat de scenario’s anders doen dan {refName}</h2>
      <p>{differenceSummary(view)}</p>
      {others.map((i) => {
        const c = locationChange(reference, data.scenarios[i].data);
        const count = changedAssumptions(reference, data.scenarios[i].data).length;
        return (
          <div key={i} className="difference-block">
            <h3>
              <span className="swatch" style={{ background: COLORS[i] }} /> {view.scenarios[i].name}
            </h3>
            {c.added.length + c.removed.length === 0 && count === 0 && <p>Dezelfde locaties en aannames als {refName}{view.rangeDiff.length ? ' (de bereiken voor de onzekerheid verschillen wel, zie onder)' : ''}.</p>}
            <ul className="presence">
              {c.added.map((l) => (
                <li key={`a${l.id}`}>Extra locatie {locationText(l)}.</li>
              ))}
              {c.removed.map((l) => (
                <li key={`r${l.id}`}>Zonder de locatie {locationText(l)}.</li>
              ))}
              {count > 0 && <li>{count === 1 ? 'Eén aanname' : `${count} aannames`} met een andere waarde (zie de tabel).</li>}
            </ul>
          </div>
        );
      })}
      {view.wlzEventDiff.length > 0 && (
        <>
          <h3>Eenmalige Wlz-overgangen die niet in elk scenario zitten</h3>
          <ul className="presence">
            {view.wlzEventDiff.map((d) => (
              <li key={d.description}>
                {d.description}: alleen in {view.scenarios.filter((_, i) => d.present[i]).map((s) => s.name).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
      {keys.length > 0 && (
        <table className="report-table small" data-testid="report-assumption-diff">
          <thead>
            <ScenarioHeadRow first="Aanname" scenarios={view.scenarios} />
          </thead>
          <tbody>
            {keys.map((key) => {
              const def = assumptionDef(key)!;
              return (
                <tr key={key}>
                  <th scope="row">{def.label}</th>
                  {data.scenarios.map((s, i) => {
                    const v = s.data.assumptions[key];
                    const refSource = reference.assumptions[key]?.source;
                    // The source once: the reference's, and another scenario's only where it is different.
                    const showSource = v && (i === ref || v.source !== refSource);
                    return (
                      <td key={i}>
                        <strong>{v ? assumptionValueText(def, v.value) : '–'}</strong>
                        {showSource && <div className="source">{noteText({ n: 0, text: v.source, isAanname: v.isAanname })}</div>}
                        {v && !showSource && <div className="source">bron als bij {refName}</div>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {view.rangeDiff.length > 0 && (
        <>
          <h3>Bereiken voor de onzekerheid die verschillen</h3>
          <RangeDiffTable view={view} className="report-table small" testId="report-range-diff" />
        </>
      )}
    </section>
  );
}
