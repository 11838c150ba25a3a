/** The Aannames tab: assumptions grouped in tabs, each row with its source; locations and Wlz events as lists. */
import { useState } from 'react';
import { ASSUMPTION_DEFS, BASE_KEYS, sleutelGewichtKey, type AssumptionGroup } from '../../../shared/assumptions';
import { formatNumber } from '../../../shared/numberFormat';
import type { CapacityProjection, ScenarioData } from '../../../shared/contract';
import { EffectPreview } from './EffectPreview';
import { T } from '../text';
import { KEY_COLUMNS, START_COLUMNS, URGENT_CAPACITY_COLUMNS } from './gemeenteColumns';
import { GroupGrid } from './GroupGrid';
import { KeyImport } from './KeyImport';
import { LocationsGrid } from './LocationsGrid';
import { PerGemeenteGrid } from './PerGemeenteGrid';
import { SourcePanel } from './SourcePanel';
import { useAssumptionEdits } from './useAssumptionEdits';
import { WlzEventsGrid } from './WlzEventsGrid';
import { Feedback } from '../common/Feedback';
import { TabList, tabPanelProps } from '../common/Tabs';
import { useGemeenteFocus } from '../focus/focusContext';
import { FocusNote } from '../focus/FocusFigures';

export type AssumptionTab = AssumptionGroup | 'locaties';
type Tab = AssumptionTab;

const TABS: { id: Tab; label: string; help: string }[] = [
  { id: 'gemeente', label: 'Beginstand', help: T.gemeenteGridHelp },
  {
    id: 'instroom',
    label: 'Instroom',
    help: 'De groei is de trend van de behoefte (in zorg + wachtend) per jaar. Standaard drijft die trend de projectie: de nieuwe indicaties volgen daaruit. Alleen als onder Model "instroom is gegeven" is gekozen, telt de basisinstroom: nieuwe indicaties = basisinstroom + groei.',
  },
  {
    id: 'verdeelsleutel',
    label: 'Verdeelsleutel instroom',
    help: 'Uit welke gemeente nieuwe cliënten komen: de gewichten worden omgerekend naar aandelen die samen 100 % zijn. Standaard naar rato van inwoners (formule).',
  },
  {
    id: 'wachtlijst',
    label: 'Wachtlijst',
    help: 'Wie van de wachtlijst af gaat zonder plek (uitval: afhaken, ambulante hulp, verhuizen, overlijden) of vanaf de wachtlijst naar de Wlz, en hoe lang de wachtenden van december 2024 al wachtten. Bij de behoefte als drijver veranderen deze de benodigde instroom en de wachttijd, niet de lengte van de wachtlijst.',
  },
  {
    id: 'doelgroepen',
    label: 'Doelgroepen',
    help: 'Welk deel van de wachtenden van december 2024 en van de groei per vorm een plek voor een bepaalde doelgroep nodig heeft (verslaving, prikkelarm, LVB, …); de rest is algemeen. Wie in december 2024 in zorg was, hoort bij de doelgroep van zijn plek. Een plek van een doelgroep neemt alleen die doelgroep; zonder eigen plekken wacht een doelgroep (tenzij onder Model algemene plekken zijn toegestaan).',
  },
  { id: 'verblijf', label: 'Verblijfsduur en uitstroom', help: 'Hoe lang cliënten gemiddeld blijven en welk deel daarna zelfstandig gaat wonen (woningvraag voor de urgentieregeling).' },
  {
    id: 'wlz',
    label: 'Wlz',
    help: 'Overgang van Wmo-BW naar de Wlz. Bij omklappen blijft de cliënt wonen en gaat de plek mee naar de Wlz: die plek is dan weg voor de BW-wachtlijst, tot de Wlz-cliënt naar de wijk gaat.',
  },
  {
    id: 'locaties',
    label: 'Locaties',
    help: 'Bestaande en geplande plekken. Voeg een locatie toe, of pas gemeente, vorm, plekken, opening en sluiting aan in de tabel (dubbelklik op een cel).',
  },
  { id: 'tarieven', label: 'Tarieven', help: 'Kosten per cliënt per dag. De standaardtarieven zijn indicatieve aannames.' },
  {
    id: 'sleutels',
    label: 'Verdeelsleutels',
    help: 'De cijfers per gemeente achter de verdeelsleutels voor fair share en urgentie. Inwoners komen van het CBS; de andere cijfers zijn aannames tot u de echte cijfers invult. De herkomst van BW-cliënten komt uit de Beginstand.',
  },
  {
    id: 'urgentie',
    label: 'Urgente groepen',
    help: 'Urgente woningvraag naast de uitstroom uit BW en Wlz (die komt uit het capaciteitsmodel), de capaciteit per gemeente en hoe de woningen verdeeld worden.',
  },
  {
    id: 'model',
    label: 'Model',
    help: 'Instellingen van de berekening: wat de projectie drijft (de behoefte volgt de trend, of de instroom is gegeven), horizon, wachttijdnorm, of wachtenden een plek van een andere vorm mogen nemen en of doelgroepen een algemene plek mogen nemen.',
  },
];

/** How to type in the grids: the rules of the one Dutch number parser (shared/numberFormat.ts). */
const TYPING_HELP =
  'Typ getallen met een komma voor decimalen en een punt voor duizendtallen (12,5 · 1.500). Een aandeel typt u als percentage (3 %; 0,03 kan ook). Ja/nee en keuzes kiest u uit een lijst: Enter opent de lijst. Een formule begint met =. In een tabel gaat u met de pijltjes van cel naar cel; Tab gaat verder na de tabel.';
const LOCATION_TYPING_HELP =
  'Plekken zijn hele getallen (1.500 is duizendvijfhonderd). Gemeente, vorm, financiering en doelgroep kiest u uit een lijst: Enter opent de lijst, Enter kiest. Met de pijltjes gaat u van cel naar cel; Tab gaat verder na de tabel.';

/** Groups with a value per gemeente (its row is highlighted); the others hold regional assumptions only. */
const PER_GEMEENTE: Tab[] = ['gemeente', 'verdeelsleutel', 'locaties', 'sleutels', 'urgentie'];

const WEIGHT_KEYS = BASE_KEYS.map((k) => sleutelGewichtKey(k.id));
const keysOf = (group: AssumptionGroup) => ASSUMPTION_DEFS.filter((d) => d.group === group).map((d) => d.key);

interface Props {
  /** The open group tab, kept by the parent so it survives switching between the main tabs. */
  tab: AssumptionTab;
  onTab(tab: AssumptionTab): void;
  scenarioId: number;
  data: ScenarioData;
  projection: CapacityProjection | undefined;
  readOnly: boolean;
  onSaved(): Promise<void>;
}

export function AssumptionsView({ tab, onTab: setTab, scenarioId, data, projection, readOnly, onSaved }: Props) {
  const { errors, feedback, setFeedback, editValue, reset } = useAssumptionEdits(scenarioId, onSaved);
  const [selectedKey, setSelectedKey] = useState<string | undefined>();
  const current = TABS.find((t) => t.id === tab)!;
  const selected = selectedKey ? data.assumptions[selectedKey] : undefined;

  const listChanged = async (message: string) => {
    await onSaved();
    reset();
    setFeedback({ kind: 'ok', text: message });
  };
  const openTab = (t: Tab) => {
    // A message belongs to the group it was made in: another group starts without one.
    if (t !== tab) reset();
    setTab(t);
  };
  const listError = (message: string) => setFeedback({ kind: 'error', text: message });
  const weightSum = WEIGHT_KEYS.reduce((s, k) => s + (data.assumptions[k]?.value ?? 0), 0);
  const focus = useGemeenteFocus();
  const gridProps = { assumptions: data.assumptions, errors, readOnly, onEdit: editValue, onSelectKey: setSelectedKey, focus: focus.code };
  const focusLocations = data.locations.filter((l) => l.gemeente === focus.code);

  return (
    <div className="assumptions">
      {projection && <EffectPreview projection={projection} />}
      {readOnly && <p className="notice">Dit scenario is vastgesteld: de aannames zijn alleen te lezen. Dupliceer het om te wijzigen.</p>}
      <TabList idPrefix="aannames" label="Groepen aannames" tabs={TABS} active={tab} onSelect={openTab} className="subtabs" tabClassName="subtab" />
      <Feedback message={feedback} testId="edit-feedback" />
      <section {...tabPanelProps('aannames', tab)}>
        <h2>{tab === 'gemeente' ? T.gemeenteGridTitle : current.label}</h2>
        <p className="help">{current.help}</p>
        <FocusNote
          testId="focus-assumptions"
          text={(naam) =>
            !PER_GEMEENTE.includes(tab)
              ? `Deze aannames gelden voor de hele regio: er zijn geen aparte waarden voor ${naam}.`
              : tab === 'locaties'
                ? `De ${focusLocations.length} locaties in ${naam} (${formatNumber(focusLocations.reduce((s, l) => s + l.places, 0))} plekken) zijn gemarkeerd.`
                : tab === 'urgentie'
                  ? `De urgente vraag hieronder geldt voor de regio; de rij van ${naam} in de capaciteit per gemeente is gemarkeerd.`
                  : `De rij van ${naam} is gemarkeerd.`
          }
        />
        <p className="help small" data-testid="typing-help">{tab === 'locaties' ? LOCATION_TYPING_HELP : TYPING_HELP}</p>
        {tab === 'gemeente' && <PerGemeenteGrid label={T.gemeenteGridTitle} columns={START_COLUMNS} {...gridProps} />}
        {tab === 'sleutels' && (
          <>
            <KeyImport scenarioId={scenarioId} readOnly={readOnly} onDone={listChanged} onError={listError} />
            <PerGemeenteGrid label="Cijfers per gemeente voor de verdeelsleutels" columns={KEY_COLUMNS} {...gridProps} />
            <h3 className="list-title">Gewogen mix</h3>
            <p className="help" data-testid="weights-sum">
              De gewichten tellen op tot {formatNumber(weightSum, 1)} %{Math.abs(weightSum - 100) > 0.01 ? ': maak er samen 100 % van, anders is de gewogen mix niet te gebruiken.' : '.'}
            </p>
            <GroupGrid keys={WEIGHT_KEYS} label="Gewichten van de gewogen mix" {...gridProps} />
          </>
        )}
        {tab === 'locaties' && (
          <LocationsGrid scenarioId={scenarioId} locations={data.locations} readOnly={readOnly} onChanged={listChanged} onError={listError} focus={focus.code} />
        )}
        {tab !== 'gemeente' && tab !== 'locaties' && tab !== 'sleutels' && <GroupGrid keys={keysOf(tab)} label={current.label} {...gridProps} />}
        {tab === 'urgentie' && (
          <>
            <h3 className="list-title">Capaciteit per gemeente</h3>
            <p className="help">
              Woningen per jaar voor urgenten = verhuringen × maximaal aandeel. Het aandeel volgt standaard het regionale maximum hierboven; geef een gemeente
              een eigen plafond door een getal in te vullen.
            </p>
            <PerGemeenteGrid label="Capaciteit voor urgenten per gemeente" columns={URGENT_CAPACITY_COLUMNS} {...gridProps} />
          </>
        )}
        {tab === 'wlz' && (
          <>
            <h3 className="list-title">Eenmalige overgangen naar de Wlz</h3>
            <p className="help">Zoals in 2021 (ongeveer 300 cliënten) en 2022 (ongeveer 100): het aantal wordt over de twaalf maanden van dat jaar verdeeld.</p>
            <WlzEventsGrid scenarioId={scenarioId} events={data.wlzEvents} readOnly={readOnly} onChanged={listChanged} onError={listError} />
          </>
        )}
        {tab !== 'locaties' && (
          <SourcePanel
            key={selected ? `${selected.key}|${selected.source}|${selected.isAanname}|${JSON.stringify(data.ranges[selected.key] ?? null)}` : 'geen'}
            scenarioId={scenarioId}
            value={selected}
            range={selected ? data.ranges[selected.key] : undefined}
            onRangeSaved={listChanged}
            readOnly={readOnly}
            onSaved={async () => listChanged(T.sourceSaved)}
          />
        )}
      </section>
    </div>
  );
}
