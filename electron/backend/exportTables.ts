/** A scenario's assumptions and results as plain tables: the one source for Excel, CSV and the report. */
import { ASSUMPTION_DEFS, BASE_KEYS } from '../../shared/assumptions';
import { GEMEENTEN, VARIANTS, gemeenteNaam, variantLabel } from '../../shared/domain';
import type { ExportTable } from '../../shared/tables';
import type { ScenarioModel } from './scenarioModel';
import { OUTPUT_METRICS } from '../../shared/metrics';

function assumptionsTable(m: ScenarioModel): ExportTable {
  return {
    name: 'Aannames',
    title: 'Alle aannames van het scenario met hun bron (aanname = niet uit een document of statistiek)',
    columns: [
      { header: 'Sleutel', kind: 'tekst' },
      { header: 'Omschrijving', kind: 'tekst' },
      { header: 'Eenheid', kind: 'tekst' },
      { header: 'Waarde', kind: 'decimaal' },
      { header: 'Formule', kind: 'tekst' },
      { header: 'Bron of toelichting', kind: 'tekst' },
      { header: 'Aanname', kind: 'tekst' },
    ],
    rows: ASSUMPTION_DEFS.flatMap((d) => {
      const a = m.data.assumptions[d.key];
      return a ? [[d.key, d.label, d.unit, a.value, a.formula ?? '', a.source, a.isAanname ? 'ja' : 'nee']] : [];
    }),
  };
}

function capacityTable(m: ScenarioModel): ExportTable {
  return {
    name: 'Capaciteit per jaar',
    title: 'Capaciteitsmodel: stand eind van elk jaar (wachttijd leeg = niet te bepalen: er komt niemand binnen)',
    columns: [
      { header: 'Jaar', kind: 'tekst' },
      ...OUTPUT_METRICS.map((x) => ({ header: x.label, kind: x.kind })),
    ],
    rows: m.capacity().years.map((y) => [String(y.year), ...OUTPUT_METRICS.map((x) => y[x.id])]),
  };
}

function perGemeenteTable(m: ScenarioModel): ExportTable {
  const years = m.capacity().years;
  return {
    name: 'Wachtlijst per gemeente',
    title: 'Wachtlijst eind van het jaar per gemeente van herkomst',
    columns: [{ header: 'Jaar', kind: 'tekst' }, ...GEMEENTEN.map((g) => ({ header: g.naam, kind: 'decimaal' as const }))],
    rows: years.map((y) => [String(y.year), ...GEMEENTEN.map((g) => y.byGemeente[g.code].waitingList)]),
  };
}

function locationsTable(m: ScenarioModel): ExportTable {
  return {
    name: 'Locaties',
    title: 'Locaties met plekken (geopend vanaf de openingsmaand, weg vanaf de sluitingsmaand)',
    columns: ['Naam', 'Gemeente', 'Vorm', 'Plekken', 'Opening', 'Sluiting', 'Financiering', 'Doelgroep', 'Bron', 'Aanname'].map((header) => ({ header, kind: header === 'Plekken' ? 'getal' : 'tekst' })),
    rows: m.data.locations.map((l) => [l.name, gemeenteNaam(l.gemeente), variantLabel(l.variant), l.places, l.opening, l.closing ?? '', l.financing, l.targetGroup, l.source, l.isAanname ? 'ja' : 'nee']),
  };
}

function wlzEventsTable(m: ScenarioModel): ExportTable {
  return {
    name: 'Wlz-overgangen',
    title: 'Eenmalige overgangen naar de Wlz',
    columns: [{ header: 'Jaar', kind: 'tekst' }, { header: 'Cliënten', kind: 'decimaal' }, { header: 'Vorm', kind: 'tekst' }, { header: 'Bron', kind: 'tekst' }],
    rows: m.data.wlzEvents.map((e) => [String(e.year), e.clients, e.variant ? variantLabel(e.variant) : 'naar rato van alle vormen', e.source]),
  };
}

function fairShareTable(m: ScenarioModel): ExportTable {
  // The reporting year: its key inputs and the places open in its December (the same figures as Fair share and Vergelijken).
  const year = m.reportingYear;
  const shares = BASE_KEYS.map((k) => m.shares(k.id, year));
  const byInwoners = m.fairShare('inwoners', 'alle', year);
  const fair = byInwoners.ok ? byInwoners.facility : null;
  return {
    name: 'Fair share',
    title: `Aandeel per gemeente volgens elke verdeelsleutel (${year}), en plekken eind ${year} (alle vormen) tegen de norm naar inwoners${fair ? `; fair-share-index ${(fair.index * 100).toFixed(1).replace('.', ',')} %` : ''}`,
    columns: [
      { header: 'Gemeente', kind: 'tekst' },
      ...BASE_KEYS.map((k) => ({ header: `Aandeel ${k.label}`, kind: 'fractie' as const })),
      { header: 'Plekken', kind: 'getal' },
      { header: 'Norm (inwoners)', kind: 'decimaal' },
      { header: 'Verschil', kind: 'decimaal' },
    ],
    rows: GEMEENTEN.map((g, i) => [
      g.naam,
      ...shares.map((s) => (s.ok ? s.shares[i] : null)),
      fair ? fair.rows[i].actual : null,
      fair ? fair.rows[i].norm : null,
      fair ? fair.rows[i].deviation : null,
    ]),
  };
}

function urgentieTable(m: ScenarioModel): ExportTable {
  const r = m.urgent();
  const years = r.ok ? r.years : [];
  return {
    name: 'Urgentie',
    title: r.ok ? 'Urgente huisvesting per jaar (regio)' : `Urgente huisvesting: niet te berekenen. ${r.message}`,
    columns: [
      { header: 'Jaar', kind: 'tekst' },
      { header: 'Vraag (woningen)', kind: 'decimaal' },
      { header: 'Gehuisvest', kind: 'getal' },
      { header: 'Ruimte (woningen)', kind: 'decimaal' },
      { header: 'Tekort', kind: 'decimaal' },
      { header: 'Maanden tot een woning', kind: 'decimaal' },
      { header: 'Binnen de norm', kind: 'tekst' },
    ],
    rows: years.map((y) => [String(y.year), y.demand, y.homes, y.capacity, y.shortfall, y.monthsToHome, y.meetsNorm ? 'ja' : 'nee']),
  };
}

function variantsTable(m: ScenarioModel): ExportTable {
  const years = m.capacity().years;
  return {
    name: 'Per vorm',
    title: 'Per BW-vorm eind van elk jaar: in zorg, wachtlijst, Wmo-plekken',
    columns: [{ header: 'Jaar', kind: 'tekst' }, ...VARIANTS.flatMap((v) => ['in zorg', 'wachtlijst', 'plekken'].map((what) => ({ header: `${v.short} ${what}`, kind: 'decimaal' as const })))],
    rows: years.map((y) => [String(y.year), ...VARIANTS.flatMap((v) => [y.byVariant[v.id].inCare, y.byVariant[v.id].waitingList, y.byVariant[v.id].places])]),
  };
}

export function scenarioTables(m: ScenarioModel): ExportTable[] {
  return [capacityTable(m), variantsTable(m), perGemeenteTable(m), fairShareTable(m), urgentieTable(m), locationsTable(m), wlzEventsTable(m), assumptionsTable(m)];
}
