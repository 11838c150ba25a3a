/** The report's appendix: every assumption once, its value per scenario in words, and its source as a numbered note. */
import { Fragment } from 'react';
import { GEMEENTEN } from '../../../shared/domain';
import { assumptionAppendix, noteText } from './assumptionTable';
import type { ReportData } from './useReportData';

const refs = (ns: number[]) => ns.join(', ');

export function AssumptionAppendix({ data }: { data: ReportData }) {
  const { view } = data;
  const a = assumptionAppendix(data.scenarios.map((s) => s.data));
  const many = view.scenarios.length > 1;
  const width = many ? view.scenarios.length : 1;
  return (
    <section className="page flow appendix" data-testid="report-assumptions">
      <h2>Bijlage: alle aannames en hun bron</h2>
      <p className="note">
        Elke aanname staat hier één keer{many ? ', met de waarde per scenario; staat er één waarde, dan is die in alle scenario’s gelijk' : ''}. Het getal in de kolom Bron
        verwijst naar de bronnen en toelichtingen aan het eind. <strong>Aanname</strong> betekent: niet uit een document of statistiek. Sommige waarden worden berekend uit
        andere aannames (bijvoorbeeld sociale huurwoningen uit de inwoners); de toelichting zegt hoe. Waar een aanname per jaar verandert, staat hier de waarde van het
        eerste jaar.
      </p>

      <h3>Per gemeente</h3>
      <table className="report-table small gemeente-matrix" data-testid="report-assumptions-gemeente">
        <thead>
          <tr>
            <th scope="col">Aanname</th>
            {GEMEENTEN.map((g) => (
              <th scope="col" key={g.code}>
                {g.naam}
              </th>
            ))}
            <th scope="col">Bron</th>
          </tr>
        </thead>
        <tbody>
          {a.gemeenteRows.map((r) => (
            <tr key={r.key} className={r.differs ? 'differs' : undefined}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={i}>{v}</td>
              ))}
              <td className="refs">{refs(r.notes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {many && a.gemeenteRows.some((r) => r.differs) && <p className="note">Waar de scenario’s verschillen staat de waarde per scenario: {view.scenarios.map((s) => s.name).join(' / ')}.</p>}

      <table className="report-table small assumption-list" data-testid="report-assumptions-list">
        <thead>
          <tr>
            <th scope="col">Aanname</th>
            {many ? (
              view.scenarios.map((s) => (
                <th scope="col" key={s.id}>
                  {s.name}
                </th>
              ))
            ) : (
              <th scope="col">Waarde</th>
            )}
            <th scope="col">Bron</th>
          </tr>
        </thead>
        <tbody>
          {a.sections.map((s) => (
            <Fragment key={s.title}>
              <tr className="section-row">
                <th scope="colgroup" colSpan={width + 2}>
                  {s.title}
                </th>
              </tr>
              {s.rows.map((r) => (
                <tr key={r.key} className={r.differs ? 'differs' : undefined}>
                  <th scope="row">{r.label}</th>
                  {r.values.length === 1 ? (
                    <td colSpan={width}>{r.values[0]}</td>
                  ) : (
                    r.values.map((v, i) => (
                      <td key={i}>
                        <strong>{v}</strong>
                      </td>
                    ))
                  )}
                  <td className="refs">{refs(r.notes)}</td>
                </tr>
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>

      <h3>Bronnen en toelichtingen</h3>
      <ol className="source-notes" data-testid="report-sources">
        {a.notes.map((n) => (
          <li key={n.n} value={n.n} className={n.isAanname ? 'aanname' : undefined}>
            {noteText(n)}
          </li>
        ))}
      </ol>
    </section>
  );
}
