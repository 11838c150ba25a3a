/**
 * Plain Dutch for every validation problem, in one place.
 *
 * Schemas that name their own message ("Geef het scenario een naam.") keep it. Everything else gets a short
 * Dutch phrase from `dutchIssue` (installed as zod's error map), and `describeIssues` puts the field's Dutch
 * name in front, with the row for lists ("Locatie 3, plekken: …"), so no English fragment and no internal field
 * name ever reaches a user.
 */
import { z } from 'zod';

/** Field names as a user knows them. */
const FIELD_LABELS: Record<string, string> = {
  name: 'naam',
  description: 'beschrijving',
  author: 'auteur',
  tags: 'labels',
  id: 'nummer',
  scenarioId: 'scenario',
  scenarioIds: 'scenario’s',
  referenceId: 'referentiescenario',
  key: 'aanname',
  value: 'waarde',
  formula: 'formule',
  reason: 'reden',
  source: 'bron',
  isAanname: 'aanname (ja/nee)',
  range: 'bereik',
  kind: 'soort bereik',
  low: 'laag',
  high: 'hoog',
  location: 'locatie',
  gemeente: 'gemeente',
  variant: 'BW-vorm',
  places: 'plekken',
  opening: 'opening',
  closing: 'sluiting',
  financing: 'financiering',
  targetGroup: 'doelgroep',
  event: 'Wlz-gebeurtenis',
  year: 'jaar',
  clients: 'cliënten',
  total: 'totaal',
  method: 'methode',
  max: 'maximum',
  minPerLocation: 'minimum per locatie',
  rows: 'regels',
  fileName: 'bestandsnaam',
  json: 'bestand',
  runs: 'aantal trekkingen',
  seed: 'startgetal',
  jobId: 'berekening',
  entryId: 'wijziging',
  format: 'bestandssoort',
  schemaVersion: 'bestandsversie',
  exportedAt: 'exportdatum',
  appVersion: 'programmaversie',
  modelVersion: 'modelversie',
  scenario: 'scenario',
  status: 'status',
  adoptedAt: 'datum van vaststelling',
  assumptions: 'aannames',
  locations: 'locaties',
  wlzEvents: 'Wlz-gebeurtenissen',
  ranges: 'bereiken',
};

/** What one item of a list is called, for "Locatie 3". */
const ROW_LABELS: Record<string, string> = {
  assumptions: 'Aanname',
  locations: 'Locatie',
  wlzEvents: 'Wlz-gebeurtenis',
  ranges: 'Bereik',
  rows: 'Regel',
  tags: 'Label',
  scenarioIds: 'Scenario',
  max: 'Gemeente',
  places: 'Gemeente',
};

const TYPE_WORDS: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'ja of nee (true/false)',
  object: 'een groep velden',
  array: 'een lijst',
  null: 'leeg (null)',
  undefined: 'niets',
  nan: 'geen getal',
};

const nl = (n: number | bigint) => (typeof n === 'bigint' ? n.toString() : n.toLocaleString('nl-NL'));

/** A user-supplied name, shortened and without control characters, safe to quote in a message. */
export function quoted(text: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, ' ');
  return `“${clean.length > max ? `${clean.slice(0, max)}…` : clean}”`;
}

/** zod's error map: a lower-case Dutch phrase without the field, which describeIssues completes. */
export function dutchIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'ontbreekt';
      return `moet ${TYPE_WORDS[issue.expected] ?? 'iets anders'} zijn`;
    }
    case 'too_small': {
      const min = issue.minimum as number | bigint;
      if (issue.origin === 'string') return Number(min) <= 1 ? 'mag niet leeg zijn' : `moet minstens ${nl(min)} tekens hebben`;
      if (issue.origin === 'array' || issue.origin === 'set') return `moet minstens ${nl(min)} ${Number(min) === 1 ? 'element' : 'elementen'} hebben`;
      return issue.inclusive ? `moet minstens ${nl(min)} zijn` : `moet groter dan ${nl(min)} zijn`;
    }
    case 'too_big': {
      const max = issue.maximum as number | bigint;
      if (issue.origin === 'string') return `mag hoogstens ${nl(max)} tekens hebben`;
      if (issue.origin === 'array' || issue.origin === 'set') return `mag hoogstens ${nl(max)} elementen hebben`;
      return issue.inclusive ? `mag hoogstens ${nl(max)} zijn` : `moet kleiner dan ${nl(max)} zijn`;
    }
    case 'invalid_format':
      return issue.format === 'regex' ? 'heeft niet de goede vorm' : `is geen geldige ${issue.format}`;
    case 'not_multiple_of':
      return `moet een veelvoud van ${nl(issue.divisor as number)} zijn`;
    case 'unrecognized_keys':
      return `bevat ${issue.keys.length === 1 ? 'een onbekend veld' : 'onbekende velden'}: ${issue.keys.slice(0, 5).map((k) => quoted(k)).join(', ')}`;
    case 'invalid_value':
      return issue.values.length <= 6 ? `moet een van deze zijn: ${issue.values.map((v) => quoted(String(v))).join(', ')}` : 'is geen van de toegestane keuzes';
    case 'invalid_union':
      return 'heeft niet de goede vorm';
    case 'invalid_key':
      return 'bevat een ongeldige sleutel';
    case 'invalid_element':
      return 'bevat een ongeldig element';
    case 'custom':
      return 'klopt niet';
    default:
      return 'klopt niet';
  }
}

/** Where a problem is, in words: "Locatie 3, plekken". Empty for the input as a whole. */
function where(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    if (typeof next === 'number' && typeof seg === 'string' && ROW_LABELS[seg]) {
      parts.push(`${ROW_LABELS[seg]} ${next + 1}`);
      i++;
    } else if (typeof seg === 'number') {
      parts.push(`nr. ${seg + 1}`);
    } else {
      parts.push(FIELD_LABELS[String(seg)] ?? quoted(String(seg)));
    }
  }
  return parts.join(', ');
}

/** One Dutch sentence per problem (at most five), each naming the field as the user knows it. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 5): string {
  const sentences = issues.slice(0, max).map((i) => {
    const at = where(i.path);
    const generic = /^[a-z]/.test(i.message);
    // A message of our own names the field already; in a list it still needs the row.
    if (!generic) return i.path.some((p) => typeof p === 'number') ? `${at}: ${i.message}` : i.message;
    const text = at ? `${at.charAt(0).toUpperCase()}${at.slice(1)} ${i.message}` : `De invoer ${i.message}`;
    return `${text}.`;
  });
  return sentences.join(' ') + (issues.length > max ? ` (en nog ${issues.length - max} problemen)` : '');
}

/** Names and labels: no control characters (tabs, line breaks, NUL), which break lists, files and exports. */
// eslint-disable-next-line no-control-regex
export const NO_CONTROL_CHARS = /^[^\u0000-\u001f\u007f]*$/;
export const CONTROL_CHARS_MESSAGE = 'Een naam mag geen tabs, regeleinden of andere stuurtekens bevatten.';

let installed = false;
/** Installs the Dutch error map once; the contract and the scenario file call this before defining schemas. */
export function useDutchValidation(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => dutchIssue(issue) });
}
