/**
 * The report's appendix of assumptions: one row per assumption with its value per scenario in words, and the sources
 * as numbered notes printed once (the same long note behind 64 cells becomes note 2). Assumptions per gemeente form
 * one table with a column per gemeente.
 */
import { ASSUMPTION_DEFS, type AssumptionDef, type AssumptionGroup, type AssumptionValue } from '../../../shared/assumptions';
import { assumptionValueText } from '../../../shared/assumptionText';
import type { ScenarioData } from '../../../shared/contract';
import { GEMEENTEN } from '../../../shared/domain';
import { formatAssumptionValue, unitLabel, valueKind } from '../../../shared/numberFormat';

export interface SourceNote {
  n: number;
  text: string;
  isAanname: boolean;
}

export interface AssumptionRow {
  key: string;
  label: string;
  /** One text per scenario, or a single text when every scenario has the same value. */
  values: string[];
  differs: boolean;
  notes: number[];
}

export interface AssumptionSection {
  title: string;
  rows: AssumptionRow[];
}

export interface GemeenteRow {
  key: string;
  label: string;
  /** One text per gemeente (alphabetical); "12 / 14" when the scenarios differ there. */
  values: string[];
  differs: boolean;
  notes: number[];
}

export interface AssumptionAppendix {
  gemeenteRows: GemeenteRow[];
  sections: AssumptionSection[];
  notes: SourceNote[];
}

/** Section titles: the tabs of Aannames. */
const GROUP_TITLES: Record<AssumptionGroup, string> = {
  gemeente: 'Beginstand',
  instroom: 'Instroom',
  verdeelsleutel: 'Verdeelsleutel instroom',
  wachtlijst: 'Wachtlijst',
  doelgroepen: 'Doelgroepen',
  verblijf: 'Verblijfsduur en uitstroom',
  wlz: 'Wlz',
  tarieven: 'Tarieven',
  sleutels: 'Verdeelsleutels',
  urgentie: 'Urgente groepen',
  urgentieGemeente: 'Urgente groepen',
  model: 'Model',
};

const GEMEENTE_CODE = /GM\d{4}/;

/** "In zorg All-inclusive, Borne" → "In zorg all-inclusive (cliënten)": the label without the gemeente, with its unit. */
function gemeenteRowLabel(def: AssumptionDef, naam: string): string {
  const label = def.label
    .replace(naam, '')
    .replace(/\s+,/g, ',')
    .replace(/,\s*$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  const unit = valueKind(def) === 'getal' && def.unit !== 'gewicht' ? ` (${unitLabel(def)})` : '';
  return label + unit;
}

/** Sources in the order they are first met, numbered from 1; the same text is one note. */
class Notes {
  readonly list: SourceNote[] = [];
  private byText = new Map<string, number>();
  refs(values: (AssumptionValue | undefined)[]): number[] {
    const ns = values.flatMap((v) => {
      if (!v) return [];
      const text = v.source.trim() || 'geen bron opgegeven';
      let n = this.byText.get(text);
      if (n === undefined) {
        n = this.list.length + 1;
        this.byText.set(text, n);
        this.list.push({ n, text, isAanname: v.isAanname });
      }
      return [n];
    });
    return [...new Set(ns)].sort((a, b) => a - b);
  }
}

const sameValue = (vs: (AssumptionValue | undefined)[]) => vs.every((v) => v?.value === vs[0]?.value && v?.formula === vs[0]?.formula);

export function assumptionAppendix(scenarios: readonly ScenarioData[]): AssumptionAppendix {
  const notes = new Notes();
  const valuesOf = (key: string) => scenarios.map((s) => s.assumptions[key]);

  // Per gemeente: one row per kind of assumption (the key with the gemeente code left out).
  const gemeenteRows: GemeenteRow[] = [];
  const seen = new Set<string>();
  for (const def of ASSUMPTION_DEFS) {
    if (!GEMEENTE_CODE.test(def.key)) continue;
    const pattern = def.key.replace(GEMEENTE_CODE, '*');
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    const cells = GEMEENTEN.map((g) => ({ def: ASSUMPTION_DEFS.find((d) => d.key === pattern.replace('*', g.code)), naam: g.naam }));
    const first = cells[0].def!;
    let differs = false;
    const values = cells.map(({ def: d }) => {
      const vs = d ? valuesOf(d.key) : [];
      if (!d || vs.every((v) => !v)) return '–';
      if (!sameValue(vs)) differs = true;
      const shown = vs.map((v) => (v ? formatAssumptionValue(d, v.value, 2) : '–'));
      return new Set(shown).size === 1 ? shown[0] : shown.join(' / ');
    });
    const all = cells.flatMap(({ def: d }) => (d ? valuesOf(d.key) : []));
    gemeenteRows.push({ key: pattern, label: gemeenteRowLabel(first, cells[0].naam), values, differs, notes: notes.refs(all) });
  }

  const sections: AssumptionSection[] = [];
  for (const def of ASSUMPTION_DEFS) {
    if (GEMEENTE_CODE.test(def.key)) continue;
    const vs = valuesOf(def.key);
    if (vs.every((v) => !v)) continue;
    const title = GROUP_TITLES[def.group];
    let section = sections.find((s) => s.title === title);
    if (!section) sections.push((section = { title, rows: [] }));
    const differs = !sameValue(vs);
    const shown = vs.map((v) => (v ? assumptionValueText(def, v.value) : '–'));
    section.rows.push({ key: def.key, label: def.label, values: differs ? shown : [shown[0]], differs, notes: notes.refs(vs) });
  }
  return { gemeenteRows, sections, notes: notes.list };
}

/** A source note as printed: "Aanname: …" when it is an assumption and does not say so itself. */
export function noteText(note: SourceNote): string {
  if (!note.isAanname || /aanname/i.test(note.text.slice(0, 30))) return note.text;
  const said = /^(Keuze|Kalibratie):\s*/.exec(note.text);
  return said ? `${said[1]} (aanname): ${note.text.slice(said[0].length)}` : `Aanname: ${note.text}`;
}
