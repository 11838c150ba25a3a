/**
 * What a scenario changes against the reference, in words: locations added or removed (net places per gemeente) and
 * assumptions with another value. Feeds the headline sentences ("Met 24 extra plekken in Haaksbergen …") and the
 * report's list of differences.
 */
import { assumptionDef, ASSUMPTION_DEFS } from '../../../shared/assumptions';
import { assumptionValueText } from '../../../shared/assumptionText';
import type { ScenarioData } from '../../../shared/contract';
import { GEMEENTEN, gemeenteNaam, variantLabel } from '../../../shared/domain';
import type { Location } from '../../../shared/locations';
import { formatAssumptionValue, formatNumber, valueKind } from '../../../shared/numberFormat';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** "2027-01" → "januari 2027"; anything else as it is. */
export function monthText(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  return m && MONTHS[Number(m[2]) - 1] ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : month;
}

/** "Haaksbergen: 24 plekken modulair in de wijk (Wmo), vanaf januari 2027 tot juni 2031". */
export function locationText(l: Location): string {
  const group = l.targetGroup === 'algemeen' ? '' : `, voor ${l.targetGroup}`;
  const until = l.closing ? ` tot ${monthText(l.closing)}` : '';
  return `${gemeenteNaam(l.gemeente)}: ${formatNumber(l.places)} ${l.places === 1 ? 'plek' : 'plekken'} ${variantLabel(l.variant).toLowerCase()} (${l.financing}${group}), vanaf ${monthText(l.opening)}${until}`;
}

/** Locations are the same when everything that counts is the same (ids differ between scenarios). */
const signature = (l: Location) => JSON.stringify([l.name, l.gemeente, l.variant, l.places, l.opening, l.closing, l.financing, l.targetGroup]);

export interface LocationChange {
  added: Location[];
  removed: Location[];
  /** Net Wmo places per gemeente (alphabetical), only gemeenten with a change. */
  netPlaces: { gemeente: string; places: number }[];
}

export function locationChange(reference: ScenarioData, other: ScenarioData): LocationChange {
  const refSigs = reference.locations.map(signature);
  const otherSigs = other.locations.map(signature);
  const added = other.locations.filter((_, i) => !refSigs.includes(otherSigs[i]));
  const removed = reference.locations.filter((_, i) => !otherSigs.includes(refSigs[i]));
  const net = new Map<string, number>();
  for (const l of added) if (l.financing === 'Wmo') net.set(l.gemeente, (net.get(l.gemeente) ?? 0) + l.places);
  for (const l of removed) if (l.financing === 'Wmo') net.set(l.gemeente, (net.get(l.gemeente) ?? 0) - l.places);
  const netPlaces = GEMEENTEN.filter((g) => (net.get(g.code) ?? 0) !== 0).map((g) => ({ gemeente: g.naam, places: net.get(g.code)! }));
  return { added, removed, netPlaces };
}

/** Keys of the assumptions whose value or formula differs. */
export function changedAssumptions(reference: ScenarioData, other: ScenarioData): string[] {
  return ASSUMPTION_DEFS.filter((d) => {
    const a = reference.assumptions[d.key];
    const b = other.assumptions[d.key];
    return !!a && !!b && (a.value !== b.value || a.formula !== b.formula);
  }).map((d) => d.key);
}

const list = (xs: string[]) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`);

/**
 * The change as the start of a sentence: "Met 24 extra plekken in Haaksbergen", "Met 12 plekken minder in Enschede",
 * "Met 40 extra plekken in Haaksbergen en Losser", "Met groei vraag all-inclusive op 25 cliënten per jaar",
 * "Met 24 extra plekken in Haaksbergen en 2 andere aannames"; null when nothing differs, when only several assumptions
 * differ, or when one assumption takes too many words (then the scenario's name says more).
 */
export function changePhrase(reference: ScenarioData, other: ScenarioData): string | null {
  const { netPlaces, added, removed } = locationChange(reference, other);
  const keys = changedAssumptions(reference, other);
  let places: string | null = null;
  if (netPlaces.length > 0) {
    const total = netPlaces.reduce((s, x) => s + x.places, 0);
    const where = list(netPlaces.map((x) => x.gemeente));
    if (netPlaces.every((x) => x.places > 0)) places = `${formatNumber(total)} extra ${total === 1 ? 'plek' : 'plekken'} in ${where}`;
    else if (netPlaces.every((x) => x.places < 0)) places = `${formatNumber(-total)} ${total === -1 ? 'plek' : 'plekken'} minder in ${where}`;
    else places = `andere locaties in ${where}`;
  } else if (added.length + removed.length > 0) places = 'andere locaties';
  let assumptions: string | null = null;
  if (keys.length === 1) {
    // "groei vraag all-inclusive op 25 cliënten per jaar"; a share without its long unit ("… op 5 %").
    const def = assumptionDef(keys[0])!;
    const label = def.label.replace(/\s*\([^)]*\)/g, '');
    const value = other.assumptions[keys[0]].value;
    const phrase = `${label.charAt(0).toLowerCase()}${label.slice(1)} op ${valueKind(def) === 'aandeel' ? formatAssumptionValue(def, value, 2) : assumptionValueText(def, value)}`;
    assumptions = phrase.length <= 64 ? phrase : null;
  }
  if (places && keys.length > 0) return keys.length === 1 ? `Met ${places} en één andere aanname` : `Met ${places} en ${keys.length} andere aannames`;
  if (places) return `Met ${places}`;
  return assumptions ? `Met ${assumptions}` : null;
}
