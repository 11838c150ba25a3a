/**
 * The baseline scenario "Basis — ongewijzigd beleid": every number with its source.
 * Facts come from the regional documents (see ../shared/DOMAIN.md §2); the rest is an aanname with its reasoning.
 */
import {
  BASE_KEYS,
  BEGINSTAND_JAAR,
  BEGINSTAND_MAAND,
  EINDJAAR,
  RAPPORTAGEJAAR,
  RAPPORTAGEJAAR_STANDAARD,
  URGENT_AANDEEL_HERKOMST,
  URGENT_MAX_AANDEEL,
  URGENT_METHODE,
  URGENT_MO,
  URGENT_NORM,
  URGENT_OMGEKLAPT_WIJK,
  URGENT_OVERIG,
  URGENT_REGEL,
  URGENT_SLEUTEL,
  URGENT_VROUWENOPVANG,
  ethosKey,
  inwoners18Key,
  sleutelGewichtKey,
  socialeHuurKey,
  urgentMaxAandeelKey,
  verhuringenKey,
  GROEI_ALL_INCLUSIVE,
  GROEI_MODULAIR,
  UITWIJKEN,
  AANDRIJVING,
  AL_GEWACHT,
  DOELGROEP_ALGEMENE_PLEK,
  OVERBRUGGING_PER_DAG,
  doelgroepAandeelKey,
  uitvalKey,
  wlzWachtlijstKey,
  WACHTTIJD_NORM,
  WLZ_UITSTROOM_WIJK,
  herkomstKey,
  instroomBasisKey,
  inwonersKey,
  inZorgKey,
  modulairAandeelKey,
  tariefKey,
  verblijfsduurKey,
  wachtendKey,
  wlzOmklapKey,
  wlzOvergangKey,
  zelfstandigKey,
  type AssumptionValue,
} from '../../shared/assumptions';
import { GEMEENTEN, VARIANTS, VARIANT_IDS, type GemeenteCode, type VariantId } from '../../shared/domain';
import type { AssumptionRange } from '../../shared/ranges';
import { SPECIAL_TARGET_GROUPS, type Location } from '../../shared/locations';
import { largestRemainder } from '../../models/apportion/largestRemainder';

export const BASELINE_NAME = 'Basis — ongewijzigd beleid';

const BRON_VISIE = 'Regionale visie BW/MO regio Enschede, §3.2 (Figuur 2, dashboard beschermd wonen, december 2024)';
const BRON_GROEI =
  'Regionale visie BW/MO regio Enschede, §3.1 en §3.2: bij ongewijzigd beleid gemiddeld +30 cliënten per jaar, 15 modulair en 15 all-inclusive (onderzoek 2023)';
const BRON_CBS = 'CBS StatLine, bevolking op 1 januari 2024 (publieke statistiek, niet uit de regionale documenten; controleer vóór gebruik)';

/** CBS population on 1 January 2024 (DOMAIN.md §2, public statistics). */
export const INWONERS_2024: Record<GemeenteCode, number> = {
  GM0147: 24_632,
  GM1774: 26_741,
  GM0153: 161_741,
  GM0158: 24_360,
  GM0164: 83_051,
  GM1735: 35_438,
  GM0168: 23_380,
  GM0173: 31_794,
};

/**
 * Aanname: the split of the 351 in care and 46 waiting over the variants. The documents only say that
 * all-inclusive is the most common form and that the shortage is largest there.
 */
export const IN_ZORG_PER_VARIANT: Record<VariantId, number> = { allInclusive: 193, modulairGeclusterd: 88, modulairNabijheid: 18, modulairWijk: 52 };
export const WACHTEND_PER_VARIANT: Record<VariantId, number> = { allInclusive: 28, modulairGeclusterd: 10, modulairNabijheid: 2, modulairWijk: 6 };

const AANNAME_VARIANT =
  'Aanname: de documenten geven alleen het regiototaal (351 in zorg, 46 wachtend) en dat all-inclusive het meest voorkomt; verdeling over vormen geschat (in zorg 55/25/5/15 %, wachtend 60/22/4/14 %).';
const AANNAME_GEMEENTE =
  'Aanname: verdeling over gemeenten van herkomst naar rato van inwoners (CBS 1-1-2024, grootste-overschotmethode); echte herkomstcijfers ontbreken in de documenten.';

type Default = Omit<AssumptionValue, 'key'>;
const num = (value: number, source: string, isAanname: boolean): Default => ({ value, formula: null, source, isAanname });
const perVariant = (values: Record<VariantId, number>, source: string, isAanname = true) =>
  VARIANTS.map((v) => [v.id, num(values[v.id], source, isAanname)] as const);

function defaults(): Map<string, Default> {
  const out = new Map<string, Default>();
  const weights = GEMEENTEN.map((g) => INWONERS_2024[g.code]);
  for (const g of GEMEENTEN) out.set(inwonersKey(g.code), num(INWONERS_2024[g.code], BRON_CBS, false));
  for (const v of VARIANTS) {
    const inZorg = largestRemainder(IN_ZORG_PER_VARIANT[v.id], weights);
    const wachtend = largestRemainder(WACHTEND_PER_VARIANT[v.id], weights);
    const source = `${AANNAME_GEMEENTE} ${AANNAME_VARIANT} Regiototaal: ${BRON_VISIE}.`;
    GEMEENTEN.forEach((g, i) => {
      out.set(inZorgKey(g.code, v.id), num(inZorg[i], source, true));
      out.set(wachtendKey(g.code, v.id), num(wachtend[i], source, true));
    });
  }
  out.set(GROEI_ALL_INCLUSIVE, num(15, BRON_GROEI, false));
  out.set(GROEI_MODULAIR, num(15, BRON_GROEI, false));
  const modulairShare: Partial<Record<VariantId, number>> = { modulairGeclusterd: 0.5, modulairNabijheid: 0.1, modulairWijk: 0.4 };
  for (const v of VARIANTS.filter((x) => x.modulair)) {
    out.set(
      modulairAandeelKey(v.id),
      num(modulairShare[v.id] ?? 0, 'Aanname: de documenten noemen alleen "15 modulair" per jaar; verdeling over geclusterd / met nabijheid / in de wijk geschat op 50 / 10 / 40 %.', true),
    );
  }
  for (const v of VARIANTS) {
    out.set(instroomBasisKey(v.id), {
      value: 0,
      formula: `=inZorgTotaal_${v.id} * (12 / verblijfsduurMaanden_${v.id} + wlzOvergangPerJaar_${v.id})`,
      source:
        'Kalibratie (aanname): de basisinstroom vervangt precies wie bij de beginstand vertrekt (uitstroom en Wlz-overgang), zodat de vraag bij ongewijzigd beleid groeit met de groei hierboven.',
      isAanname: true,
    });
  }
  for (const g of GEMEENTEN) {
    out.set(herkomstKey(g.code), {
      value: 0,
      formula: `=inwoners_${g.naam.replace(/\s+/g, '')}`,
      source: 'Aanname: nieuwe cliënten komen naar rato van inwoners uit de gemeenten; vervang door herkomstcijfers van Cimot BW als die er zijn.',
      isAanname: true,
    });
  }
  for (const [v, d] of perVariant(
    { allInclusive: 60, modulairGeclusterd: 36, modulairNabijheid: 36, modulairWijk: 24 },
    "Aanname: gemiddelde verblijfsduur niet in de documenten. All-inclusive 60 maanden volgt de vuistregel van 's-Hertogenbosch (80 % uitstroom in 8 jaar); modulair korter geschat.",
  ))
    out.set(verblijfsduurKey(v), d);
  for (const [v, d] of perVariant(
    { allInclusive: 0.5, modulairGeclusterd: 0.7, modulairNabijheid: 0.7, modulairWijk: 0.8 },
    'Aanname, afgeleid van Dannenberg: ongeveer 2/3 van de BW-cliënten kan uiteindelijk zelfstandig wonen; all-inclusive lager, in de wijk hoger geschat.',
  ))
    out.set(zelfstandigKey(v), d);
  for (const [v, d] of perVariant(
    { allInclusive: 0.03, modulairGeclusterd: 0.01, modulairNabijheid: 0.01, modulairWijk: 0.005 },
    'Aanname: de huidige jaarlijkse overgang naar de Wlz staat niet in de documenten (2021 ≈ 300 en 2022 ≈ 100 cliënten, Regionale visie §3.2); geschat op enkele procenten per jaar.',
  ))
    out.set(wlzOvergangKey(v), d);
  for (const [v, d] of perVariant(
    { allInclusive: 0.8, modulairGeclusterd: 0.2, modulairNabijheid: 0.2, modulairWijk: 0.1 },
    'Aanname: vooral all-inclusive plekken klappen om naar Wlz-financiering als de cliënt blijft wonen (Regionale visie §3.1, §5); aandelen geschat.',
  ))
    out.set(wlzOmklapKey(v), d);
  modelTwoDefaults(out);
  out.set(
    WLZ_UITSTROOM_WIJK,
    num(0.02, 'Aanname: een kleine groep Wlz-cliënten kan met VPT/MPT naar een woning in de wijk (Uitvoeringsagenda §3.2c); tempo onbekend, geschat op 2 % per jaar.', true),
  );
  for (const [v, d] of perVariant(
    { allInclusive: 200, modulairGeclusterd: 130, modulairNabijheid: 110, modulairWijk: 80 },
    'Aanname: indicatief tarief per dag; de documenten noemen geen tarieven. Vervang door de regionale tarieven.',
  ))
    out.set(tariefKey(v), d);
  keyDefaults(out);
  out.set(WACHTTIJD_NORM, num(3, 'Aanname voor deze regio: streefwaarde van hoogstens 3 maanden wachten, zoals regio Midden-IJssel hanteert (Regiovisie Midden-IJssel).', true));
  out.set(UITWIJKEN, num(0, 'Aanname: wachtenden wachten op een plek van hun eigen vorm.', true));
  out.set(BEGINSTAND_JAAR, num(2024, `${BRON_VISIE}: de beginstand in zorg en wachtend is die van eind december 2024. Een beginstand uit de monitor zet hier de maand van de laatste telling.`, false));
  out.set(BEGINSTAND_MAAND, num(12, `${BRON_VISIE}: december.`, false));
  out.set(EINDJAAR, num(2035, 'Horizon van de projectie: januari 2025 tot en met december van dit jaar.', true));
  out.set(
    RAPPORTAGEJAAR,
    num(
      RAPPORTAGEJAAR_STANDAARD,
      `Aanname: de kerncijfers, de vergelijking en het rapport gaan over eind ${RAPPORTAGEJAAR_STANDAARD}, vijf jaar na de start: ver genoeg om nieuwe locaties te zien werken. Kies een ander jaar binnen de projectie; een jaar na het laatste jaar telt als het laatste jaar.`,
      true,
    ),
  );
  return out;
}

/** Model 2.0: the driver, departures from the waiting list, the December list's past, target groups, bridging cost. */
function modelTwoDefaults(out: Map<string, Default>): void {
  out.set(
    AANDRIJVING,
    num(0, 'Keuze (aanname): de behoefte (in zorg + wachtend) volgt de trend van de regionale visie, +15 all-inclusive en +15 modulair per jaar (§3.1–3.2); plekken bepalen alleen wie in zorg is en wie wacht. De nieuwe indicaties volgen daaruit ("benodigde instroom").', true),
  );
  for (const [v, d] of perVariant(
    { allInclusive: 0.1, modulairGeclusterd: 0.1, modulairNabijheid: 0.1, modulairWijk: 0.1 },
    'Aanname: wachtlijsten verliezen mensen die afhaken, ambulante hulp krijgen, verhuizen of overlijden; de documenten geven geen cijfer. 10 % per jaar als voorzichtige schatting; te ijken met de monitor (Cimot BW).',
  ))
    out.set(uitvalKey(v), d);
  for (const [v, d] of perVariant(
    { allInclusive: 0.05, modulairGeclusterd: 0.01, modulairNabijheid: 0.01, modulairWijk: 0.01 },
    'Aanname: een deel van de wachtenden krijgt tijdens het wachten een Wlz-indicatie, vooral kandidaten voor all-inclusive (Regionale visie §3.1); geschat op 5 % per jaar voor all-inclusive en 1 % voor modulair.',
  ))
    out.set(wlzWachtlijstKey(v), d);
  out.set(
    AL_GEWACHT,
    num(6, 'Aanname: de wachtenden van december 2024 wachtten gemiddeld al 6 maanden (aanmeldingen gelijk verdeeld over het jaar ervoor). De documenten geven geen wachttijd voor deze regio; Midden-IJssel meldt gemiddeld 9,2 maanden (Regiovisie Midden-IJssel).', true),
  );
  for (const v of VARIANTS) {
    for (const t of SPECIAL_TARGET_GROUPS) {
      out.set(
        doelgroepAandeelKey(v.id, t),
        num(0, 'Aanname: alle behoefte telt als algemeen tot er cijfers per doelgroep zijn. De Uitvoeringsagenda (§6.1) noemt tekorten voor specifieke doelgroepen; vul hier het aandeel in dat een plek van die doelgroep nodig heeft.', true),
      );
    }
  }
  out.set(
    DOELGROEP_ALGEMENE_PLEK,
    num(0, 'Aanname: een plek voor een doelgroep (bijvoorbeeld prikkelarm) is er alleen voor die doelgroep, en cliënten van een doelgroep wachten op een passende plek. Zet op 1 als zij ook een algemene plek mogen nemen.', true),
  );
  out.set(
    OVERBRUGGING_PER_DAG,
    num(50, 'Aanname: wie wacht krijgt vaak overbruggingszorg (ambulante begeleiding, crisisopvang, MO); indicatief € 50 per wachtende per dag. Vervang door de regionale kosten.', true),
  );
}

/** Sources for the social rental stock (DOMAIN.md §2: CBS via Tubantia, October 2022, shares for 2019). */
const SOCIALE_HUUR: Record<GemeenteCode, { formula?: string; value?: number; source: string; isAanname: boolean }> = {
  GM0147: { formula: '=round(inwoners_Borne / 2,2 * 0,25)', source: 'Aanname: 25 % sociale huur (CBS via Tubantia 2022: 21–29 % voor de overige gemeenten, 2019) van een woningvoorraad geschat als inwoners ÷ 2,2.', isAanname: true },
  GM1774: { value: 1_853, source: 'CBS via Tubantia (okt. 2022): 17 % sociale huur van 10.900 woningen in 2019.', isAanname: false },
  GM0153: { value: 31_595, source: 'Aanname: "ruim 4 op de 10" (CBS via Tubantia 2022) als 41 % van 77.060 woningen (eind 2023).', isAanname: true },
  GM0158: { formula: '=round(inwoners_Haaksbergen / 2,2 * 0,25)', source: 'Aanname: 25 % sociale huur (21–29 %, CBS via Tubantia 2022) van een woningvoorraad geschat als inwoners ÷ 2,2.', isAanname: true },
  GM0164: { formula: '=round(inwoners_Hengelo / 2,2 * 0,366)', source: 'Aanname: 36,6 % sociale huur (CBS via Tubantia 2022, 2019) van een woningvoorraad geschat als inwoners ÷ 2,2.', isAanname: true },
  GM1735: { formula: '=round(inwoners_HofvanTwente / 2,2 * 0,25)', source: 'Aanname: 25 % sociale huur (21–29 %, CBS via Tubantia 2022) van een woningvoorraad geschat als inwoners ÷ 2,2.', isAanname: true },
  GM0168: { value: 1_900, source: 'CBS via Tubantia (okt. 2022): ongeveer 1.900 sociale huurwoningen in 2019.', isAanname: false },
  GM0173: { formula: '=round(inwoners_Oldenzaal / 2,2 * 0,3)', source: 'Aanname: 30 % sociale huur ("meer dan 30 %", CBS via Tubantia 2022) van een woningvoorraad geschat als inwoners ÷ 2,2.', isAanname: true },
};

/** ETHOS count November 2024: 552 people; from Enschede 307 and Hengelo 101 (Regionale visie, Tabel 1, Bijlage 1). */
const ETHOS_TOTAAL = 552;
const ETHOS_BEKEND: Partial<Record<GemeenteCode, number>> = { GM0153: 307, GM0164: 101 };

function keyDefaults(out: Map<string, Default>): void {
  const naam = (g: (typeof GEMEENTEN)[number]) => g.naam.replace(/\s+/g, '');
  const rest = GEMEENTEN.filter((g) => ETHOS_BEKEND[g.code] === undefined);
  const restCount = ETHOS_TOTAAL - Object.values(ETHOS_BEKEND).reduce((a, b) => a + b, 0);
  const restSplit = largestRemainder(restCount, rest.map((g) => INWONERS_2024[g.code]));
  for (const g of GEMEENTEN) {
    out.set(inwoners18Key(g.code), {
      value: 0,
      formula: `=round(inwoners_${naam(g)} * 0,8)`,
      source: 'Aanname: 80 % van de inwoners is 18 jaar of ouder; vervang door het CBS-cijfer.',
      isAanname: true,
    });
    const sh = SOCIALE_HUUR[g.code];
    out.set(socialeHuurKey(g.code), { value: sh.value ?? 0, formula: sh.formula ?? null, source: sh.source, isAanname: sh.isAanname });
    out.set(verhuringenKey(g.code), {
      value: 0,
      formula: `=round(socialeHuur_${naam(g)} * 0,06)`,
      source: 'Aanname: jaarlijks wordt 6 % van de sociale huurwoningen opnieuw verhuurd; vervang door cijfers van de corporaties.',
      isAanname: true,
    });
    const known = ETHOS_BEKEND[g.code];
    out.set(
      ethosKey(g.code),
      known !== undefined
        ? num(known, 'Regionale visie BW/MO regio Enschede, Tabel 1 en Bijlage 1: ETHOS-telling november 2024 (552 personen).', false)
        : num(
            restSplit[rest.indexOf(g)],
            `Aanname: van de 552 getelde personen komen er 307 uit Enschede en 101 uit Hengelo; de overige ${restCount} zijn naar rato van inwoners over de andere gemeenten verdeeld.`,
            true,
          ),
    );
  }
  const weights: Record<string, number> = { inwoners: 50, socialeHuur: 25, ethos: 25 };
  for (const k of BASE_KEYS) {
    out.set(sleutelGewichtKey(k.id), num(weights[k.id] ?? 0, 'Aanname: voorbeeldmix (50 % inwoners, 25 % sociale huur, 25 % ETHOS); de regio heeft nog geen sleutel vastgesteld.', true));
  }
  out.set(URGENT_MO, num(50, 'Aanname: uitstroom uit de maatschappelijke opvang naar een woning via het Transferpunt; aantal per jaar niet in de documenten.', true));
  out.set(URGENT_VROUWENOPVANG, num(15, 'Aanname: uitstroom vrouwenopvang met urgentie per jaar; niet in de documenten.', true));
  out.set(URGENT_OVERIG, num(100, 'Aanname: overige wettelijke urgente groepen per jaar (Wet versterking regie volkshuisvesting); niet in de documenten.', true));
  out.set(URGENT_MAX_AANDEEL, num(0.1, 'Aanname: hoogstens 10 % van de verhuringen per gemeente gaat naar urgenten (ter vergelijking: Noord-Veluwe reserveert 2 % alleen voor uitstroom BW/MO).', true));
  for (const g of GEMEENTEN) {
    out.set(urgentMaxAandeelKey(g.code), {
      value: 0,
      formula: '=urgentie_maxAandeelVerhuringen',
      source: 'Volgt het regionale maximum; vul hier een eigen aandeel in als deze gemeente een ander plafond afspreekt.',
      isAanname: true,
    });
  }
  out.set(URGENT_REGEL, num(0, 'Aanname: huidige praktijk is het woonplaatsbeginsel; de regio werkt aan een eerlijke verdeling (Woondeal Twente, april 2025).', true));
  out.set(URGENT_AANDEEL_HERKOMST, num(0.5, 'Aanname: bij de hybride regel wordt de helft in de eigen gemeente gehuisvest.', true));
  out.set(URGENT_SLEUTEL, num(0, 'Aanname: verdeling naar inwoners tot de regio een sleutel kiest.', true));
  out.set(URGENT_METHODE, num(0, 'Keuze: grootste-overschotmethode (Hamilton).', true));
  out.set(URGENT_NORM, num(6, 'Uitstroomafspraken: de corporatie biedt binnen 6 maanden na aanmelding een passende woning aan (Regioplan BW/MO Almelo, §5.7).', false));
  // Urgentie: modulair-in-de-wijk exits whose lease is omgeklapt need no new home.
  out.set(URGENT_OMGEKLAPT_WIJK, num(0.5, BRON_OMGEKLAPT_WIJK, true));
}

let cached: Map<string, Default> | undefined;

/** The baseline value of every assumption in the catalogue. */
export function baselineAssumptions(): AssumptionValue[] {
  cached ??= defaults();
  return [...cached].map(([key, d]) => ({ key, ...d }));
}

const BRON_LOCATIES =
  'Aanname: het aantal plekken per gemeente staat niet in de documenten. BW-voorzieningen zijn geconcentreerd in Enschede, Hengelo en Oldenzaal (Uitvoeringsagenda §3.1, §6.1); totaal per vorm gelijk aan de cliënten in zorg in december 2024.';

/** Existing places (aanname): concentrated in Enschede, Hengelo and Oldenzaal; modulair in de wijk spread by population. */
export function baselineLocations(): Omit<Location, 'id'>[] {
  const places: Partial<Record<VariantId, Partial<Record<GemeenteCode, number>>>> = {
    allInclusive: { GM0153: 120, GM0164: 48, GM0173: 25 },
    modulairGeclusterd: { GM0147: 8, GM0153: 48, GM0164: 24, GM0173: 8 },
    modulairNabijheid: { GM0153: 10, GM0164: 8 },
  };
  const wijk = largestRemainder(IN_ZORG_PER_VARIANT.modulairWijk, GEMEENTEN.map((g) => INWONERS_2024[g.code]));
  places.modulairWijk = Object.fromEntries(GEMEENTEN.map((g, i) => [g.code, wijk[i]]));
  const out: Omit<Location, 'id'>[] = [];
  for (const v of VARIANTS) {
    for (const g of GEMEENTEN) {
      const n = places[v.id]?.[g.code] ?? 0;
      if (n === 0) continue;
      out.push({
        name: `Bestaande plekken ${v.label.toLowerCase()} ${g.naam}`,
        gemeente: g.code,
        variant: v.id,
        places: n,
        opening: '2024-01',
        closing: null,
        financing: 'Wmo',
        targetGroup: 'algemeen',
        source: BRON_LOCATIES,
        isAanname: true,
      });
    }
  }
  return out;
}

/**
 * Ranges a new scenario starts with, all aannames: the documents give point values, not their uncertainty.
 * Growth ±1/3 around the forecast of 15 a year; Wlz transfer between half and one and a half times the
 * estimate (80 % interval); length of stay from three quarters to one and a half times the estimate (PERT).
 */
export function baselineRanges(): Record<string, AssumptionRange> {
  const values = new Map(baselineAssumptions().map((a) => [a.key, a.value]));
  const out: Record<string, AssumptionRange> = {
    [GROEI_ALL_INCLUSIVE]: { kind: 'driehoek', low: 10, high: 20, source: 'Aanname: de regionale visie verwacht +15 all-inclusive per jaar; 10 tot 20 als onzekerheid van die prognose.' },
    [AL_GEWACHT]: { kind: 'driehoek', low: 3, high: 12, source: 'Aanname: hoe lang de wachtenden van december 2024 al wachtten is onbekend; tussen 3 en 12 maanden.' },
    [GROEI_MODULAIR]: { kind: 'driehoek', low: 10, high: 20, source: 'Aanname: de regionale visie verwacht +15 modulair per jaar; 10 tot 20 als onzekerheid van die prognose.' },
  };
  for (const v of VARIANT_IDS) {
    out[uitvalKey(v)] = { kind: 'interval80', low: 0.05, high: 0.2, source: 'Aanname: uitval van de wachtlijst is onbekend; 8 van de 10 keer tussen 5 % en 20 % per jaar.' };
    const fromList = values.get(wlzWachtlijstKey(v))!;
    out[wlzWachtlijstKey(v)] = { kind: 'interval80', low: fromList * 0.5, high: fromList * 1.5, source: 'Aanname: de overgang van de wachtlijst naar de Wlz is een schatting; 8 van de 10 keer tussen de helft en anderhalf keer die schatting.' };
    const wlz = values.get(wlzOvergangKey(v))!;
    out[wlzOvergangKey(v)] = { kind: 'interval80', low: wlz * 0.5, high: wlz * 1.5, source: 'Aanname: de overgang naar de Wlz is zelf een schatting; 8 van de 10 keer tussen de helft en anderhalf keer die schatting.' };
    const stay = values.get(verblijfsduurKey(v))!;
    out[verblijfsduurKey(v)] = { kind: 'pert', low: stay * 0.75, high: stay * 1.5, source: 'Aanname: de verblijfsduur is geschat; tussen driekwart en anderhalf keer die schatting, langer eerder dan korter.' };
  }
  out[URGENT_OMGEKLAPT_WIJK] = RANGE_OMGEKLAPT_WIJK;
  return out;
}

// ── Urgentie: modulair-in-de-wijk exits whose lease is omgeklapt (seed 001 §2.2) ──────────────────────────────
const BRON_OMGEKLAPT_WIJK =
  'Aanname. De Regionale visie BW/MO regio Enschede (§2.2) zegt over modulair in de wijk: "Op termijn kan het mogelijk zijn om deze woning om te klappen naar een woning op naam van de cliënt." Wie de woning zo houdt, heeft bij uitstroom geen nieuwe woning nodig. Hoe vaak dat gebeurt staat niet in de documenten; geschat op de helft.';
const RANGE_OMGEKLAPT_WIJK: AssumptionRange = {
  kind: 'driehoek',
  low: 0,
  high: 1,
  source: 'Aanname: de documenten noemen omklappen alleen als mogelijkheid (Regionale visie §2.2), zonder aantallen; daarom het hele bereik van niemand tot iedereen, de helft het meest waarschijnlijk.',
};
