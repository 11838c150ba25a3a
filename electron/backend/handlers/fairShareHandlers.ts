/** Fair share of facilities, placement suggestions, whole-number allocation and the urgentie allocation. */
import { KEYS } from '../../../shared/assumptions';
import type { SuggestionView } from '../../../shared/contract';
import { GEMEENTEN, variantLabel } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/numberFormat';
import { apportion, ApportionError } from '../../../models/apportion/apportion';
import { fairShareIndex } from '../../../models/fairshare/facilities';
import { keyLabel, type KeyShares } from '../../../models/fairshare/keys';
import { suggestPlacement } from '../../../models/fairshare/suggest';
import { scenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

const pct = (x: number) => `${formatNumber(x * 100, 1)} %`;

/**
 * What a suggestion does to the fair-share index, as a percentage only: the index is the share of all places that
 * would have to move to follow the key exactly, so it is not put beside a count of places that would read as its
 * numerator (the sum of deviations counts every misplaced place twice).
 */
export function indexChangeText(current: number[], after: number[], shares: number[]): string {
  return `De fair-share-index gaat van ${pct(fairShareIndex(current, shares))} naar ${pct(fairShareIndex(after, shares))}: het deel van alle plekken dat naar een andere gemeente zou moeten om de sleutel precies te volgen (0 % is helemaal evenredig).`;
}

function requireShares(s: KeyShares): number[] {
  if (!s.ok) throw new AppError('ONGELDIGE_INVOER', s.message);
  return s.shares;
}

export function fairShareHandlers({ store, cache }: HandlerContext): HandlersFor<'fairShare.' | 'urgentie.'> {
  return {
    'fairShare.view': ({ scenarioId, key, variant, year }) => {
      const m = scenarioModel(store, scenarioId, cache);
      const at = year ?? m.reportingYear;
      const fair = m.fairShare(key, variant, at);
      return {
        key,
        variant,
        date: fair.date,
        keys: KEYS.map((k) => {
          const s = m.shares(k.id, at);
          return s.ok ? { id: k.id, label: k.label, shares: s.shares } : { id: k.id, label: k.label, shares: null, message: s.message };
        }),
        facility: fair.ok ? fair.facility : null,
        trend: fair.ok
          ? m.resolved.years.map((y) => {
              const f = m.fairShare(key, variant, y);
              return { year: y, index: f.ok ? f.facility.index : 0 };
            })
          : [],
      };
    },

    'fairShare.suggest': ({ scenarioId, key, variant, year, places, minPerLocation, max }): SuggestionView => {
      const m = scenarioModel(store, scenarioId, cache);
      const shares = requireShares(m.shares(key, year));
      const current = m.placesAt(year, variant);
      const total = current.reduce((a, b) => a + b, 0) + places;
      const norm = shares.map((s) => s * total);
      const s = suggestPlacement(places, current, shares, { min: GEMEENTEN.map(() => minPerLocation), max: max.map((x) => (x === null ? places : x)) });
      if (!s.ok) return { ok: false, message: s.message, places: current.map(() => 0), current, norm, explanation: [] };
      const after = current.map((c, g) => c + s.places[g]);
      const explanation = [
        `${formatNumber(places)} nieuwe plekken ${variantLabel(variant).toLowerCase()} verdeeld naar de sleutel "${keyLabel(key)}", met elke nieuwe locatie minstens ${formatNumber(minPerLocation)} plekken.`,
        ...GEMEENTEN.flatMap((g, i) =>
          s.places[i] > 0
            ? [`${g.naam} krijgt ${formatNumber(s.places[i])} (nu ${formatNumber(current[i])} plekken).`]
            : [],
        ),
        // The norm per gemeente is shown in the table in whole places, by the method chosen on the tab: rounding it
        // here on its own would not add up and could differ from the table.
        'De norm per gemeente na uitbreiding staat in de tabel, in hele plekken die optellen tot het totaal.',
        indexChangeText(current, after, shares),
      ];
      const excluded = GEMEENTEN.filter((_, i) => max[i] === 0).map((g) => g.naam);
      if (excluded.length) explanation.push(`Uitgesloten voor deze vorm: ${excluded.join(', ')}.`);
      return { ok: true, places: s.places, current, norm, explanation };
    },

    'fairShare.applySuggestion': ({ scenarioId, key, variant, opening, places }) => {
      const date = new Date().toLocaleDateString('nl-NL');
      return store.locations.saveMany(
        scenarioId,
        GEMEENTEN.flatMap((g, i) =>
          places[i] > 0
            ? [
                {
                  name: `Voorstel fair share: ${variantLabel(variant).toLowerCase()} ${g.naam}`,
                  gemeente: g.code,
                  variant,
                  places: places[i],
                  opening,
                  closing: null,
                  financing: 'Wmo' as const,
                  targetGroup: 'algemeen' as const,
                  source: `Voorstel van de fair-share-verdeling (sleutel "${keyLabel(key)}"), aangemaakt op ${date}. Nog geen besluit.`,
                  isAanname: true,
                },
              ]
            : [],
        ),
      );
    },

    'fairShare.allocate': ({ scenarioId, total, key, method, max }) => {
      const m = scenarioModel(store, scenarioId, cache);
      const shares = requireShares(m.shares(key, m.resolved.startYear));
      try {
        const seats = apportion(total, shares, method, GEMEENTEN.map((g) => max[g.code]));
        return {
          method,
          key,
          total,
          allocation: GEMEENTEN.map((g, i) => ({ gemeente: g.naam, share: shares[i], quota: total * shares[i], seats: seats[i] })),
        };
      } catch (e) {
        if (e instanceof ApportionError) throw new AppError('ONGELDIGE_INVOER', e.message);
        throw e;
      }
    },

    'urgentie.view': ({ scenarioId }) => {
      const m = scenarioModel(store, scenarioId, cache);
      return { ...m.urgent(), reportingYear: m.reportingYear };
    },
  };
}
