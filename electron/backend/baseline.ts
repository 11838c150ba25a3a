/**
 * The baseline scenario "Basis — ongewijzigd beleid": every number with its source.
 * Facts come from the regional documents (see ../shared/DOMAIN.md §2); the rest is an aanname with its reasoning.
 */
import {
  GROEI_ALL_INCLUSIVE,
  GROEI_MODULAIR,
  inwonersKey,
  inZorgKey,
  modulairAandeelKey,
  wachtendKey,
  type AssumptionValue,
} from '../../shared/assumptions';
import { GEMEENTEN, VARIANTS, type GemeenteCode, type VariantId } from '../../shared/domain';
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

/** Regional totals from the documents: 397 indications in December 2024, 351 in care and 46 waiting. */
export const IN_ZORG_TOTAAL = 351;
export const WACHTEND_TOTAAL = 46;

/**
 * Aanname: the split of the 351 and 46 over the variants. The documents only say that all-inclusive is the
 * most common form and that the shortage is largest there.
 */
export const IN_ZORG_PER_VARIANT: Record<VariantId, number> = {
  allInclusive: 193,
  modulairGeclusterd: 88,
  modulairNabijheid: 18,
  modulairWijk: 52,
};
export const WACHTEND_PER_VARIANT: Record<VariantId, number> = {
  allInclusive: 28,
  modulairGeclusterd: 10,
  modulairNabijheid: 2,
  modulairWijk: 6,
};

/** Aanname: how the modulair half of the growth divides over the three modulair forms. */
export const MODULAIR_AANDEEL: Partial<Record<VariantId, number>> = {
  modulairGeclusterd: 0.5,
  modulairNabijheid: 0.1,
  modulairWijk: 0.4,
};

const AANNAME_VARIANT =
  'Aanname: de documenten geven alleen het regiototaal (351 in zorg, 46 wachtend) en dat all-inclusive het meest voorkomt; verdeling over vormen geschat (in zorg 55/25/5/15 %, wachtend 60/22/4/14 %).';
const AANNAME_GEMEENTE =
  'Aanname: verdeling over gemeenten van herkomst naar rato van inwoners (CBS 1-1-2024, grootste-overschotmethode); echte herkomstcijfers ontbreken in de documenten.';

export function baselineAssumptions(): AssumptionValue[] {
  const out: AssumptionValue[] = [];
  const weights = GEMEENTEN.map((g) => INWONERS_2024[g.code]);
  for (const g of GEMEENTEN) {
    out.push({ key: inwonersKey(g.code), value: INWONERS_2024[g.code], source: BRON_CBS, isAanname: false });
  }
  for (const v of VARIANTS) {
    const inZorg = largestRemainder(IN_ZORG_PER_VARIANT[v.id], weights);
    const wachtend = largestRemainder(WACHTEND_PER_VARIANT[v.id], weights);
    GEMEENTEN.forEach((g, i) => {
      const source = `${AANNAME_GEMEENTE} ${AANNAME_VARIANT} Regiototaal: ${BRON_VISIE}.`;
      out.push({ key: inZorgKey(g.code, v.id), value: inZorg[i], source, isAanname: true });
      out.push({ key: wachtendKey(g.code, v.id), value: wachtend[i], source, isAanname: true });
    });
  }
  out.push({ key: GROEI_ALL_INCLUSIVE, value: 15, source: BRON_GROEI, isAanname: false });
  out.push({ key: GROEI_MODULAIR, value: 15, source: BRON_GROEI, isAanname: false });
  for (const v of VARIANTS.filter((x) => x.modulair)) {
    out.push({
      key: modulairAandeelKey(v.id),
      value: MODULAIR_AANDEEL[v.id] ?? 0,
      source:
        'Aanname: de documenten noemen alleen "15 modulair" per jaar; verdeling over geclusterd / met nabijheid / in de wijk geschat op 50 / 10 / 40 %.',
      isAanname: true,
    });
  }
  return out;
}
