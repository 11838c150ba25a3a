/**
 * Plain Dutch for every validation problem, in one place.
 *
 * Schemas that name their own message ("Geef het scenario een naam.") keep it. Everything else gets a short
 * Dutch phrase from `dutchIssue` (installed as zod's error map), and `describeIssues` puts the field's Dutch
 * name in front, with the row for lists ("Locatie 3, plekken: …"), so no English fragment and no internal field
 * name ever reaches a user.
 */
import { z } from 'zod';
import { GEMEENTEN } from './domain';

/** Field names as a user knows them. */
const FIELD_LABELS: Record<string, string> = {
  name: 'naam',
  description: 'beschrijving',
  author: 'auteur',
  tags: 'labels',
  id: 'nummer',
  scenarioId: 'scenarionummer',
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

/** What one item of a list is called, for "Locatie 3" (written as in the middle of a sentence). */
const ROW_LABELS: Record<string, string> = {
  assumptions: 'aanname',
  locations: 'locatie',
  wlzEvents: 'Wlz-gebeurtenis',
  ranges: 'bereik',
  rows: 'regel',
  tags: 'label',
  scenarioIds: 'scenario',
};

/** Lists with one item per gemeente, in the order of GEMEENTEN: "maximum voor Enschede" instead of "nr. 3". */
const PER_GEMEENTE_LISTS = new Set(['max', 'places']);
const GEMEENTE_NAMES: Record<string, string> = Object.fromEntries(GEMEENTEN.map((g) => [g.code, g.naam]));

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

/** Dutch numbers; whole numbers below 10.000 (years, counts) without a thousands separator: "2025", not "2.025". */
const nl = (n: number | bigint) =>
  typeof n === 'bigint' ? n.toString() : Number.isInteger(n) && Math.abs(n) < 10_000 ? String(n) : n.toLocaleString('nl-NL');

/**
 * The characters no name, label or one-line text may hold, as the body of a regex character class: C0 and C1 control
 * characters (tab, CR, LF, NUL, U+0085 included) and DEL; the Unicode line and paragraph separators (U+2028, U+2029);
 * the zero-width space (U+200B) and the directional marks, embeddings, overrides and isolates (U+200E, U+200F,
 * U+202A–U+202E, U+2066–U+2069), which reorder or hide text ("Trojan Source"). The zero-width joiner U+200D stays
 * allowed: emoji such as 👩‍👩‍👧 need it. The one definition for validation, CSV cells, quoted text and request paths.
 */
export const CONTROL_CHAR_CLASS = '\\u0000-\\u001f\\u007f-\\u009f\\u200b\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';
/** One control character (see CONTROL_CHAR_CLASS). */
export const CONTROL_CHAR = new RegExp(`[${CONTROL_CHAR_CLASS}]`);
/** Every run of control characters, for replacing them. */
export const CONTROL_CHARS_GLOBAL = new RegExp(`[${CONTROL_CHAR_CLASS}]+`, 'g');

/** A user-supplied name, shortened and without control characters, safe to quote in a message. */
export function quoted(text: string, max = 40): string {
  const clean = [...text.replace(CONTROL_CHARS_GLOBAL, ' ')];
  return `“${clean.length > max ? `${clean.slice(0, max).join('')}…` : clean.join('')}”`;
}

/**
 * A schema's own message for a value of the wrong type (or a missing one), and for nothing else: zod 4 applies a
 * `{ message }` given to `z.number()` to every check on it (-1 would be "moet een getal zijn"). The other checks keep
 * their own message or get the Dutch default from `dutchIssue`. Use: `z.number(typeMessage('Jaar moet een getal zijn.'))`.
 */
export function typeMessage(message: string) {
  return { error: (issue: z.core.$ZodRawIssue) => (issue.code === 'invalid_type' && issue.expected !== 'int' ? message : undefined) };
}

/** zod's `.int()` also bounds a number to the safe integers; a bound out there means "not a whole number" to a user. */
const beyondSafe = (bound: number | bigint) => typeof bound === 'number' && Math.abs(bound) >= Number.MAX_SAFE_INTEGER;

/** zod's error map: a lower-case Dutch phrase without the field, which describeIssues completes. */
export function dutchIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'ontbreekt';
      return `moet ${TYPE_WORDS[issue.expected] ?? 'iets anders'} zijn`;
    }
    case 'too_small': {
      const min = issue.minimum as number | bigint;
      if (beyondSafe(min)) return 'moet een heel getal zijn';
      if (issue.origin === 'string') return Number(min) <= 1 ? 'mag niet leeg zijn' : `moet minstens ${nl(min)} tekens hebben`;
      if (issue.origin === 'array' || issue.origin === 'set') return `moet minstens ${nl(min)} ${Number(min) === 1 ? 'element' : 'elementen'} hebben`;
      return issue.inclusive ? `moet minstens ${nl(min)} zijn` : `moet groter dan ${nl(min)} zijn`;
    }
    case 'too_big': {
      const max = issue.maximum as number | bigint;
      if (beyondSafe(max)) return 'moet een heel getal zijn';
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

/** Where a problem is, in words: "locatie 3, plekken", "maximum voor Enschede". Empty for the input as a whole. */
function where(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = path[i + 1];
    if (typeof next === 'number' && typeof seg === 'string' && ROW_LABELS[seg]) {
      parts.push(`${ROW_LABELS[seg]} ${next + 1}`);
      i++;
    } else if (typeof next === 'number' && typeof seg === 'string' && PER_GEMEENTE_LISTS.has(seg) && GEMEENTEN[next]) {
      parts.push(`${FIELD_LABELS[seg]} voor ${GEMEENTEN[next].naam}`);
      i++;
    } else if (typeof seg === 'string' && GEMEENTE_NAMES[seg] && parts.length > 0) {
      parts[parts.length - 1] += ` voor ${GEMEENTE_NAMES[seg]}`;
    } else if (typeof seg === 'number') {
      parts.push(`nr. ${seg + 1}`);
    } else {
      parts.push(GEMEENTE_NAMES[String(seg)] ?? FIELD_LABELS[String(seg)] ?? quoted(String(seg)));
    }
  }
  return parts.join(', ');
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One problem as a sentence that starts with a capital and names the field as the user knows it. */
function sentence(issue: z.core.$ZodIssue): string {
  const at = where(issue.path);
  // A message of our own (it starts with a capital) names the field already; in a list it still needs the row.
  if (!/^[a-z]/.test(issue.message)) return issue.path.some((p) => typeof p === 'number') ? `${capitalised(at)}: ${issue.message}` : issue.message;
  return `${capitalised(at ? `${at} ${issue.message}` : `de invoer ${issue.message}`)}.`;
}

/**
 * One Dutch sentence per problem (at most five), each naming the field as the user knows it. A field gets one
 * sentence (its first problem: a wrong type before a bound), and the same sentence is never said twice.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 5): string {
  const fields = new Set<string>();
  const sentences: string[] = [];
  for (const issue of issues) {
    if (issue.path.length > 0) {
      const field = issue.path.map(String).join('\u0000');
      if (fields.has(field)) continue;
      fields.add(field);
    }
    const text = sentence(issue);
    if (!sentences.includes(text)) sentences.push(text);
  }
  const more = sentences.length - max;
  return sentences.slice(0, max).join(' ') + (more > 0 ? ` (en nog ${more} ${more === 1 ? 'probleem' : 'problemen'})` : '');
}

/** The longest name of a scenario or a location, in characters (code points, as zod counts). */
export const NAME_MAX_CHARS = 80;

/** Names and labels: no control characters (tabs, line breaks, NUL, bidi overrides), which break lists, files and exports. */
export const NO_CONTROL_CHARS = new RegExp(`^[^${CONTROL_CHAR_CLASS}]*$`);
/** Lower case and without the field: describeIssues puts the field's Dutch name in front ("Auteur mag geen …"). */
export const CONTROL_CHARS_MESSAGE = 'mag geen tabs, regeleinden of andere onzichtbare stuurtekens bevatten';

/** A visible character: anything but white space, control and format characters, combining marks and default-ignorables. */
const VISIBLE_CHAR = /[^\s\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Default_Ignorable_Code_Point}]/u;
/** A name must show something: a name of only zero-width joiners or combining marks looks empty in every list. */
export function hasVisibleChar(text: string): boolean {
  return VISIBLE_CHAR.test(text);
}
export const NO_VISIBLE_CHAR_MESSAGE = 'moet minstens één zichtbaar teken bevatten';

let installed = false;
/** Installs the Dutch error map once; the contract and the scenario file call this before defining schemas. */
export function useDutchValidation(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (issue) => dutchIssue(issue) });
}
