/**
 * The map of the eight gemeenten, shaded by a value per gemeente (diverging: below the norm orange, above purple,
 * PuOr is colour-blind safe), with a label per gemeente and a legend. Projection: equirectangular scaled by
 * cos(latitude), good enough for a region of 40 km.
 */

import geo from './gemeenten-regio-enschede.json';

type Ring = [number, number][];
interface Feature {
  properties: { code: string; naam: string };
  geometry: { type: 'MultiPolygon' | 'Polygon'; coordinates: Ring[][] | Ring[] };
}

const WIDTH = 560;
const features = (geo as unknown as { features: Feature[] }).features;
const polygons = (f: Feature): Ring[][] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates as Ring[]] : (f.geometry.coordinates as Ring[][]));

const all = features.flatMap((f) => polygons(f).flatMap((p) => p[0]));
const minLon = Math.min(...all.map((c) => c[0]));
const maxLon = Math.max(...all.map((c) => c[0]));
const minLat = Math.min(...all.map((c) => c[1]));
const maxLat = Math.max(...all.map((c) => c[1]));
const kx = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
const scale = WIDTH / ((maxLon - minLon) * kx);
const HEIGHT = Math.round((maxLat - minLat) * scale);
const project = ([lon, lat]: [number, number]): [number, number] => [(lon - minLon) * kx * scale, (maxLat - lat) * scale];

function ringArea(r: [number, number][]): number {
  let a = 0;
  for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return a / 2;
}

/** Centroid of the largest outer ring: where the label goes. */
function centroid(f: Feature): [number, number] {
  const rings = polygons(f).map((p) => p[0].map(project));
  const ring = rings.sort((a, b) => Math.abs(ringArea(b)) - Math.abs(ringArea(a)))[0];
  let cx = 0;
  let cy = 0;
  const a = ringArea(ring);
  for (let i = 0; i < ring.length - 1; i++) {
    const cross = ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
    cx += (ring[i][0] + ring[i + 1][0]) * cross;
    cy += (ring[i][1] + ring[i + 1][1]) * cross;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

const SHAPES = features.map((f) => ({
  code: f.properties.code,
  naam: f.properties.naam,
  d: polygons(f)
    .flatMap((p) => p.map((ring) => 'M' + ring.map((c) => project(c).map((x) => x.toFixed(1)).join(',')).join('L') + 'Z'))
    .join(''),
  label: centroid(f),
}));

export interface MapClass {
  /** Upper bound of the class (exclusive), increasing. */
  upTo: number;
  color: string;
  label: string;
}

interface Props {
  title: string;
  /** Value per gemeente code, classed by `classes`. */
  values: Record<string, number | null>;
  /** Text under the name on the map, per gemeente code. */
  labels: Record<string, string>;
  classes: MapClass[];
  noData?: string;
  /** False where several maps share one legend (MapLegend) below them. */
  legend?: boolean;
  /** The gemeente to outline ("Mijn gemeente"), if any. */
  highlight?: string | null;
  /** When given, a click (or Enter) on a gemeente chooses it. */
  onSelect?(code: string): void;
}

export const MAP_SOURCE = 'Gemeentegrenzen: CBS/Kadaster (open data), gegeneraliseerd';

/** The legend of a map and the source of the boundaries; also on its own under several maps that share it. */
export function MapLegend({ classes, noData = 'geen norm' }: { classes: MapClass[]; noData?: string }) {
  return (
    <>
      <ul className="legend" aria-label="Legenda">
        {classes.map((c) => (
          <li key={c.label}>
            <span className="swatch" style={{ background: c.color }} /> {c.label}
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: '#e0e0e0' }} /> {noData}
        </li>
      </ul>
      <p className="map-source">{MAP_SOURCE}</p>
    </>
  );
}

export function RegionMap({ title, values, labels, classes, noData = 'geen norm', legend = true, highlight, onSelect }: Props) {
  const colorOf = (v: number | null) => (v === null ? '#e0e0e0' : (classes.find((c) => v < c.upTo) ?? classes[classes.length - 1]).color);
  const outlined = SHAPES.find((s) => s.code === highlight);
  // Clickable: a group of buttons (one per gemeente) instead of one image.
  const choose = (code: string) => onSelect && (() => onSelect(code));
  return (
    <div className={onSelect ? 'region-map clickable' : 'region-map'}>
      <svg viewBox={`-10 -10 ${WIDTH + 20} ${HEIGHT + 20}`} role={onSelect ? 'group' : 'img'} aria-label={title} data-testid="region-map">
        <title>{title}</title>
        {SHAPES.map((s) => (
          <path
            key={s.code}
            d={s.d}
            fill={colorOf(values[s.code] ?? null)}
            stroke="#1d2733"
            strokeWidth={1.2}
            data-gemeente={s.code}
            {...(onSelect && {
              role: 'button',
              tabIndex: 0,
              'aria-label': `${s.naam}: ${labels[s.code] ?? ''}. Kies ${s.naam} als mijn gemeente`,
              'aria-pressed': s.code === highlight,
              onClick: choose(s.code),
              onKeyDown: (e: React.KeyboardEvent) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(s.code);
                }
              },
            })}
          >
            <title>{`${s.naam}: ${labels[s.code] ?? ''}${onSelect ? ' (klik: mijn gemeente)' : ''}`}</title>
          </path>
        ))}
        {outlined && <path d={outlined.d} className="map-focus" data-testid="map-focus" />}
        {SHAPES.map((s) => (
          <g key={`l-${s.code}`} transform={`translate(${s.label[0].toFixed(1)},${s.label[1].toFixed(1)})`} className="map-label">
            <text textAnchor="middle" y={-4} className={s.code === highlight ? 'map-name is-focus' : 'map-name'}>
              {s.naam}
            </text>
            <text textAnchor="middle" y={14} className="map-value">
              {labels[s.code] ?? ''}
            </text>
          </g>
        ))}
      </svg>
      {legend && <MapLegend classes={classes} noData={noData} />}
    </div>
  );
}


