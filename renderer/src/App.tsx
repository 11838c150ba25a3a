/** The application shell: header with the active scenario, scenario list on the left, tabs on the right. */
import { lazy, Suspense, useState } from 'react';
import type { AssumptionTab } from './assumptions/AssumptionsView';
import { CapacityView } from './capacity/CapacityView';
import type { FairShareChoice } from './fairshare/FairShareView';
import { ScenarioList } from './scenarios/ScenarioList';
import { T } from './text';
import { useScenarioData } from './useScenarioData';
import { UndoButtons, UndoTracker, useUndoStack } from './undo/undo';
import { useMonteCarlo } from './uncertainty/useMonteCarlo';
import { ErrorText } from './common/Feedback';
import { formatDate } from './common/formatDate';
import { ViewErrorBoundary } from './common/ViewErrorBoundary';
import { Intro } from './common/Intro';
import { TabList, tabPanelProps } from './common/Tabs';
import { FocusPicker } from './focus/GemeenteFocus';

// Capaciteit is the first view; the other tabs (AG Grid, the Excel libraries, the report) load when first opened.
const AssumptionsView = lazy(() => import('./assumptions/AssumptionsView').then((m) => ({ default: m.AssumptionsView })));
const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
const MonitorView = lazy(() => import('./monitor/MonitorView').then((m) => ({ default: m.MonitorView })));
const FairShareView = lazy(() => import('./fairshare/FairShareView').then((m) => ({ default: m.FairShareView })));
const ReportTab = lazy(() => import('./report/ReportTab').then((m) => ({ default: m.ReportTab })));
const ScenarioView = lazy(() => import('./scenario/ScenarioView').then((m) => ({ default: m.ScenarioView })));
const UrgentieView = lazy(() => import('./urgentie/UrgentieView').then((m) => ({ default: m.UrgentieView })));
const UncertaintyView = lazy(() => import('./uncertainty/UncertaintyView').then((m) => ({ default: m.UncertaintyView })));

type Tab = 'capacity' | 'uncertainty' | 'fairshare' | 'urgentie' | 'compare' | 'monitor' | 'report' | 'assumptions' | 'scenario';
const TABS = (['capacity', 'uncertainty', 'fairshare', 'urgentie', 'compare', 'monitor', 'report', 'assumptions', 'scenario'] as Tab[]).map((id) => ({ id, label: T.tabs[id] }));

/** The skip link moves the focus to the content (the hash alone would not move it in every browser, nor keep the URL's token). */
function skipToContent(e: React.MouseEvent) {
  e.preventDefault();
  document.getElementById('inhoud')?.focus();
}

/** The way out of a view that cannot be shown: to Capaciteit, or from there to the scenario and its history. */
function backFrom(tab: Tab, setTab: (t: Tab) => void) {
  const to: Tab = tab === 'capacity' ? 'scenario' : 'capacity';
  return { label: `Naar ${T.tabs[to]}`, onClick: () => setTab(to) };
}

export function App() {
  const { info, scenarios, selectedId, setSelectedId, data, projection, preview, busy, error, loadList, reload } = useScenarioData();
  const [tab, setTab] = useState<Tab>('capacity');
  const [assumptionTab, setAssumptionTab] = useState<AssumptionTab>('gemeente');
  const [fairShareChoice, setFairShareChoice] = useState<FairShareChoice>({ key: 'inwoners', variant: 'allInclusive' });
  const selected = scenarios.find((s) => s.id === selectedId);
  const mc = useMonteCarlo();
  const undo = useUndoStack(selected?.status === 'concept' ? selected.id : undefined, reload);

  return (
    <UndoTracker value={undo.track}>
    <div className="app">
      <a className="skip-link" href="#inhoud" onClick={skipToContent}>
        Naar de inhoud
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand-name">{T.appName}</span>
          <span className="brand-tagline">{T.appTagline}</span>
        </div>
        {selected && (
          <ViewErrorBoundary key={selected.id} area="het actieve scenario" compact>
          <div className="active-scenario" aria-live="polite">
            <span className="active-name" data-testid="active-scenario">
              {selected.name}
            </span>
            <span className={`status status-${selected.status}`}>{T.status[selected.status]}</span>
            <span className="meta">
              {T.lastChange}: {formatDate(selected.updatedAt, 'longDateTime')}
            </span>
            {info && (
              <span className="meta">
                {T.modelVersion} {info.modelVersion}
              </span>
            )}
            {selected.status === 'concept' && <UndoButtons stack={undo} />}
          </div>
          </ViewErrorBoundary>
        )}
      </header>
      <div className="body">
        <ViewErrorBoundary area="de lijst met scenario’s" onRetry={() => loadList()}>
          <ScenarioList scenarios={scenarios} selectedId={selectedId} onSelect={setSelectedId} onChanged={loadList} />
        </ViewErrorBoundary>
        <main className="content" id="inhoud" tabIndex={-1}>
          <ErrorText text={error} />
          <Intro info={info} onGoTo={setTab} />
          {!selected && !error && <p className="empty">{scenarios.length ? T.loading : T.noScenario}</p>}
          {selected && (
            <>
              <FocusPicker />
              <TabList<Tab> idPrefix="onderdeel" label="Onderdelen" tabs={TABS} active={tab} onSelect={setTab} className="tabs" tabClassName="tab" />
              <div {...tabPanelProps('onderdeel', tab)}>
                <ViewErrorBoundary key={`${tab}:${selected.id}`} area={`het onderdeel "${T.tabs[tab]}"`} onRetry={reload} back={backFrom(tab, setTab)}>
                <Suspense fallback={<p className="busy" role="status">Bezig met laden…</p>}>
                {tab === 'capacity' && projection && data && <CapacityView projection={projection} assumptions={data.assumptions} busy={busy} />}
                {tab === 'fairshare' && projection && (
                  <FairShareView
                    choice={fairShareChoice}
                    onChoice={setFairShareChoice}
                    scenarioId={selected.id}
                    startYear={projection.result.startYear}
                    endYear={projection.result.endYear}
                    reportingYear={projection.reportingYear}
                    readOnly={selected.status === 'vastgesteld'}
                    onChanged={reload}
                    version={data}
                  />
                )}
                {tab === 'compare' && <CompareView scenarios={scenarios} selectedId={selected.id} version={data} />}
                {tab === 'monitor' && <MonitorView info={info} scenarios={scenarios} selected={selected} uncertainty={mc.results} onScenarioCreated={async () => { await loadList(); }} onOpenScenario={setSelectedId} />}
                {tab === 'uncertainty' && data && <UncertaintyView info={info} scenario={selected} data={data} mc={mc} onChanged={reload} />}
                {tab === 'report' && <ReportTab info={info} scenarios={scenarios} selected={selected} version={data} uncertainty={mc.results} />}
                {tab === 'scenario' && <ScenarioView key={selected.id} info={info} scenario={selected} onChanged={reload} onImported={() => loadList()} version={data} />}
                {tab === 'urgentie' && <UrgentieView scenarioId={selected.id} version={data} />}
                {tab === 'assumptions' && data && (
                  <AssumptionsView
                    tab={assumptionTab}
                    onTab={setAssumptionTab}
                    scenarioId={selected.id} data={data} projection={preview} readOnly={selected.status === 'vastgesteld'} onSaved={reload} />
                )}
                </Suspense>
                </ViewErrorBoundary>
              </div>
            </>
          )}
        </main>
      </div>
      {info && (
        <footer className="footer">
          {T.database}: {info.dataFile} · Plekkenplanner {info.appVersion} · {info.mode === 'browser' ? 'browsermodus' : 'desktop'}
        </footer>
      )}
    </div>
    </UndoTracker>
  );
}
