/** Urgentie for "Mijn gemeente": the gemeente's figures of a year beside the region's, and whether it meets the norm. */
import { formatNumber } from '../../../shared/numberFormat';
import type { UrgentYear } from '../../../models/urgentie/allocate';
import type { FocusFigure } from '../focus/FocusFigures';
import { monthsText } from './explain';

/** `i`: the gemeente's index in the alphabetical order. */
export function urgentFigures(y: UrgentYear, i: number): FocusFigure[] {
  const g = y.byGemeente[i];
  return [
    { id: 'vraag', label: `Nieuw met urgentie in ${y.year}`, gemeente: g.demand, region: y.demand, unit: 'woningen', share: true, note: 'inwoners van de gemeente (herkomst), alle groepen' },
    { id: 'uitvorig', label: `Wachtend uit ${y.year - 1}`, gemeente: g.carriedIn, region: y.carriedIn, unit: 'woningen', share: true },
    { id: 'gehuisvest', label: `Gehuisvest in ${y.year}`, gemeente: g.housedOrigin, region: y.homes, unit: 'woningen', share: true, note: 'inwoners van de gemeente, waar ook in de regio' },
    { id: 'tekort', label: `Nog wachtend eind ${y.year}`, gemeente: g.shortfall, region: y.shortfall, unit: 'woningen', share: true, note: 'schuift door naar het volgende jaar' },
    { id: 'levert', label: `Levert woningen in ${y.year}`, gemeente: g.homes, region: y.homes, unit: 'woningen', share: true, note: 'woningen in de gemeente, voor wie ook' },
    { id: 'capaciteit', label: 'Capaciteit per jaar', gemeente: g.capacity, region: y.capacity, unit: 'woningen', share: true, note: 'verhuringen × maximaal aandeel voor urgenten' },
    {
      id: 'tijd',
      label: `Tijd tot een woning eind ${y.year}`,
      gemeente: g.monthsToHome,
      region: y.monthsToHome,
      unit: 'maanden',
      note: 'de regio: het gemiddelde van de gemeenten',
      text: { gemeente: monthsText(g.monthsToHome), region: monthsText(y.monthsToHome) },
    },
  ];
}

export function urgentFocusSentence(y: UrgentYear, i: number, naam: string, norm: number): string {
  const g = y.byGemeente[i];
  const normPart = `${naam} ${g.meetsNorm ? 'haalt' : 'haalt niet'} de norm van ${formatNumber(norm, 1)} maanden in ${y.year}`;
  const region = y.meetsNorm ? 'alle gemeenten halen hem' : y.regionMeetsNorm ? 'de regio gemiddeld wel, maar niet elke gemeente' : 'de regio gemiddeld niet';
  return `${normPart} (${region}). In de grafieken en de tabel per gemeente is ${naam} gemarkeerd.`;
}
