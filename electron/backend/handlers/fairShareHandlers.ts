/** Fair share of facilities, placement suggestions, whole-number allocation and the urgentie allocation. */
import { KEYS } from '../../../shared/assumptions';
import type { FairShareView, SuggestionView } from '../../../shared/contract';
import { GEMEENTEN, variantLabel } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { formatNumber } from '../../../shared/numberFormat';
import { apportion, ApportionError } from '../../../models/apportion/apportion';
import { START_YEAR } from '../../../models/capacity/fromScenario';
import { facilityFairShare, fairShareIndex, placesAt } from '../../../models/fairshare/facilities';
import { keyInputsFrom } from '../../../models/fairshare/fromScenario';
import { keyLabel, keyShares, type KeyShares } from '../../../models/fairshare/keys';
import { suggestPlacement } from '../../../models/fairshare/suggest';
import { allocateUrgent } from '../../../models/urgentie/allocate';
import { urgentInputFrom } from '../../../models/urgentie/fromScenario';
import type { Resolved } from '../../../models/assumptions/resolve';
import { scenarioModel } from '../scenarioModel';
import type { HandlerContext, HandlersFor } from './types';

const pct = (x: number) => `${formatNumber(x * 100, 1)} %`;

function sharesAt(r: Resolved, key: FairShareView['key'], year: number): KeyShares {
  const y = Math.min(Math.max(0, year - START_YEAR), r.years.length - 1);
  return keyShares(keyInputsFrom(r, y), key);
}

function requireShares(s: KeyShares): number[] {
  if (!s.ok) throw new AppError('ONGELDIGE_INVOER', s.message);
  return s.shares;
}

export function fairShareHandlers({ store, cache }: HandlerContext): HandlersFor<'fairShare.' | 'urgentie.'> {
  return {
    'fairShare.view': ({ scenarioId, key, variant, year }) => {
      const m = scenarioModel(store, scenarioId, cache);
      const date = `${year}-12`;
      const shares = sharesAt(m.resolved, key, year);
      return {
        key,
        variant,
        date,
        keys: KEYS.map((k) => {
          const s = sharesAt(m.resolved, k.id, year);
          return s.ok ? { id: k.id, label: k.label, shares: s.shares } : { id: k.id, label: k.label, shares: null, message: s.message };
        }),
        facility: shares.ok ? facilityFairShare(placesAt(m.data.locations, date, variant), shares.shares) : null,
        trend: shares.ok
          ? m.resolved.years.map((y) => {
              const s = sharesAt(m.resolved, key, y);
              return { year: y, index: s.ok ? fairShareIndex(placesAt(m.data.locations, `${y}-12`, variant), s.shares) : 0 };
            })
          : [],
      };
    },

    'fairShare.suggest': ({ scenarioId, key, variant, year, places, minPerLocation, max }): SuggestionView => {
      const m = scenarioModel(store, scenarioId, cache);
      const shares = requireShares(sharesAt(m.resolved, key, year));
      const current = placesAt(m.data.locations, `${year}-12`, variant);
      const total = current.reduce((a, b) => a + b, 0) + places;
      const norm = shares.map((s) => s * total);
      const s = suggestPlacement(places, current, shares, { min: GEMEENTEN.map(() => minPerLocation), max: max.map((x) => (x === null ? places : x)) });
      if (!s.ok) return { ok: false, message: s.message, places: current.map(() => 0), current, norm, explanation: [] };
      const after = current.map((c, g) => c + s.places[g]);
      const explanation = [
        `${formatNumber(places)} nieuwe plekken ${variantLabel(variant).toLowerCase()} verdeeld naar de sleutel "${keyLabel(key)}", met elke nieuwe locatie minstens ${formatNumber(minPerLocation)} plekken.`,
        ...GEMEENTEN.flatMap((g, i) =>
          s.places[i] > 0
            ? [`${g.naam} krijgt ${formatNumber(s.places[i])}: nu ${formatNumber(current[i])} plekken, volgens de sleutel ${formatNumber(Math.round(norm[i]))} na uitbreiding.`]
            : [],
        ),
        `Samen wijken de plekken daarna ${formatNumber(Math.round(s.deviationAfter))} plekken af van de sleutel (was ${formatNumber(Math.round(s.deviationBefore))}); de fair-share-index gaat van ${pct(fairShareIndex(current, shares))} naar ${pct(fairShareIndex(after, shares))}.`,
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
      const shares = requireShares(sharesAt(m.resolved, key, START_YEAR));
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
      const r = urgentInputFrom(m.resolved, m.capacity());
      if (!r.ok) return { ok: false, settings: r.settings, message: r.message };
      try {
        return { ok: true, settings: r.settings, years: allocateUrgent(r.input) };
      } catch (e) {
        if (e instanceof ApportionError) return { ok: false, settings: r.settings, message: e.message };
        throw e;
      }
    },
  };
}

