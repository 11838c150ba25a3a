/** "Scenario": description, author and labels; adopting (vaststellen); the full change history with restore and reasons. */
import { useEffect, useState, type FormEvent } from 'react';
import type { AppInfo, ChangeEntry, ScenarioSummary } from '../../../shared/contract';
import { call, errorMessage } from '../api/client';
import { Dialog } from '../common/Dialog';
import { formatChangeValue } from './formatChange';
import { DatabasePanel } from './DatabasePanel';
import { ScenarioFiles } from './ScenarioFiles';
import { Feedback } from '../common/Feedback';
import { formatDate } from '../common/formatDate';
import { TableScroll } from '../common/TableScroll';

interface Props {
  info: AppInfo | undefined;
  scenario: ScenarioSummary;
  onChanged(): Promise<void>;
  /** Called after an import; the new scenario appears in the list. */
  onImported(id: number): Promise<void>;
  version: unknown;
}

export function ScenarioView({ info, scenario, onChanged, onImported, version }: Props) {
  const readOnly = scenario.status === 'vastgesteld';
  const [description, setDescription] = useState(scenario.description);
  const [author, setAuthor] = useState(scenario.author);
  const [tags, setTags] = useState(scenario.tags.join(', '));
  const [history, setHistory] = useState<ChangeEntry[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [adopting, setAdopting] = useState(false);

  useEffect(() => {
    let current = true;
    call('history.list', { scenarioId: scenario.id }).then(
      (h) => current && setHistory(h),
      (e) => current && setMessage({ kind: 'error', text: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
  }, [scenario.id, scenario.updatedAt, version]);

  const act = async (what: () => Promise<unknown>, ok: string) => {
    try {
      await what();
      await onChanged();
      setMessage({ kind: 'ok', text: ok });
    } catch (e) {
      setMessage({ kind: 'error', text: `${errorMessage(e)} Er is niets opgeslagen.` });
    }
  };

  const save = (e: FormEvent) => {
    e.preventDefault();
    void act(
      () => call('scenario.update', { id: scenario.id, description, author, tags: tags.split(',').map((t) => t.trim()).filter(Boolean) }),
      'Gegevens van het scenario opgeslagen.',
    );
  };

  return (
    <div className="scenario-view">
      <Feedback message={message} testId="scenario-message" />
      <div className="two-col">
        <form className="meta" onSubmit={save}>
          <h2>Over dit scenario</h2>
          <label className="field">
            Beschrijving
            <textarea rows={3} value={description} readOnly={readOnly} onChange={(e) => setDescription(e.target.value)} maxLength={2000} />
          </label>
          <label className="field">
            Auteur
            <input value={author} readOnly={readOnly} onChange={(e) => setAuthor(e.target.value)} maxLength={120} />
          </label>
          <label className="field">
            Labels (gescheiden door komma's)
            <input value={tags} readOnly={readOnly} onChange={(e) => setTags(e.target.value)} />
          </label>
          {!readOnly && (
            <button type="submit" className="primary">
              Opslaan
            </button>
          )}
        </form>
        <section className="status-panel">
          <h2>Status</h2>
          {readOnly ? (
            <p>
              <strong>Vastgesteld</strong> op {formatDate(scenario.adoptedAt ?? scenario.updatedAt, 'dateTime')}. De aannames kunnen niet meer worden gewijzigd;
              dupliceer het scenario om verder te werken.
            </p>
          ) : (
            <>
              <p>
                <strong>Concept.</strong> Stel het scenario vast als het College er een besluit over neemt. Daarna kan het niet meer worden gewijzigd of
                verwijderd.
              </p>
              <button className="primary" onClick={() => setAdopting(true)}>
                Vaststellen…
              </button>
            </>
          )}
          <ScenarioFiles scenario={scenario} onImported={onImported} onMessage={setMessage} />
          {info && <DatabasePanel info={info} onMessage={setMessage} />}
        </section>
      </div>
      <section className="history" aria-labelledby="history-title">
        <h2 id="history-title">Wijzigingsgeschiedenis</h2>
        <p className="help">Elke wijziging met tijd, oude en nieuwe waarde. Geef een reden op, of zet een eerdere waarde terug (dat is zelf ook weer een wijziging).</p>
        <TableScroll label="Wijzigingsgeschiedenis">
          <table data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Wat</th>
                <th scope="col">Was</th>
                <th scope="col">Werd</th>
                <th scope="col">Reden</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{formatDate(h.at, 'dateTime')}</td>
                  <td>{h.label}</td>
                  <td className="old">{formatChangeValue(h.kind, h.oldValue, h.target)}</td>
                  <td>{formatChangeValue(h.kind, h.newValue, h.target)}</td>
                  <td>
                    <ReasonCell entry={h} readOnly={readOnly} onSave={(reason) => act(() => call('history.setReason', { scenarioId: scenario.id, entryId: h.id, reason }), 'Reden opgeslagen.')} />
                  </td>
                  <td>
                    {!readOnly && h.kind !== 'scenario' && (
                      <button className="small" onClick={() => act(() => call('history.restore', { scenarioId: scenario.id, entryId: h.id }), `"${h.label}" teruggezet.`)}>
                        Terugzetten
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      {adopting && (
        <Dialog
          title={`Scenario "${scenario.name}" vaststellen`}
          help="Na vaststellen kunnen de aannames, locaties en gegevens niet meer worden gewijzigd en kan het scenario niet worden verwijderd. Dit kan niet ongedaan worden gemaakt."
          confirmLabel="Vaststellen"
          onClose={() => setAdopting(false)}
          onConfirm={async () => {
            await call('scenario.adopt', { id: scenario.id });
            await onChanged();
            setMessage({ kind: 'ok', text: `Scenario "${scenario.name}" is vastgesteld.` });
          }}
        />
      )}
    </div>
  );
}

function ReasonCell({ entry, readOnly, onSave }: { entry: ChangeEntry; readOnly: boolean; onSave(reason: string): Promise<void> }) {
  const [text, setText] = useState(entry.reason);
  if (readOnly) return <span>{entry.reason}</span>;
  return (
    <input
      className="reason"
      aria-label={`Reden voor ${entry.label}`}
      value={text}
      maxLength={500}
      placeholder="reden…"
      onChange={(e) => setText(e.target.value)}
      onBlur={() => text !== entry.reason && void onSave(text)}
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
}
