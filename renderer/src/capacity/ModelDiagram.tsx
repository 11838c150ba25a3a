/**
 * "Hoe rekent het model?": the stock-and-flow picture of the capacity model, with this scenario's flows of the
 * chosen year on the arrows. Boxes are stocks (end of the year), arrows are flows (people per year).
 */
import type { CapacityResult, YearResult } from '../../../models/capacity/types';
import { formatNumber } from '../../../shared/numberFormat';

const n = (x: number) => formatNumber(Math.round(x));

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  title: string;
  value: string;
  fill: string;
}

function StockBox({ b }: { b: Box }) {
  return (
    <g>
      <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={8} fill={b.fill} stroke="#1d2733" strokeWidth={1.5} />
      <text x={b.x + b.w / 2} y={b.y + 26} textAnchor="middle" fontSize={15} fontWeight={700} fill="#1d2733">
        {b.title}
      </text>
      <text x={b.x + b.w / 2} y={b.y + 52} textAnchor="middle" fontSize={22} fontWeight={700} fill="#1d2733">
        {b.value}
      </text>
    </g>
  );
}

/** A flow arrow from (x1,y1) to (x2,y2), as thick as the flow; its label above the middle, or below the end (`atEnd`). */
function Flow({ x1, y1, x2, y2, label, value, dy = -10, atEnd = false }: { x1: number; y1: number; x2: number; y2: number; label: string; value: number; dy?: number; atEnd?: boolean }) {
  const mx = atEnd ? x2 : (x1 + x2) / 2;
  const my = atEnd ? y2 + 20 : (y1 + y2) / 2;
  return (
    <g>
      <line x1={x1} y1={y1} x2={x2} y2={y2} stroke="#1d4f91" strokeWidth={Math.max(1.5, Math.min(8, Math.sqrt(Math.max(0, value)) / 1.5))} markerEnd="url(#pijl)" />
      <text x={mx} y={my + (atEnd ? 0 : dy)} textAnchor="middle" fontSize={13} fill="#1d2733">
        {label}: {n(value)}
      </text>
    </g>
  );
}

export function describeDiagram(r: CapacityResult, y: YearResult): string {
  const inflowWord = r.driver === 'need' ? 'nieuwe indicaties (benodigde instroom)' : 'nieuwe indicaties';
  return (
    `In ${y.year} komen ${n(y.inflow)} ${inflowWord} op de wachtlijst. Van de wachtlijst krijgen ${n(y.placements)} mensen een plek, ` +
    `vallen ${n(y.departuresUnplaced)} af zonder plek en gaan ${n(y.wlzFromList)} naar de Wlz. Uit zorg stromen ${n(y.outflowIndependent)} mensen uit naar zelfstandig wonen, ` +
    `${n(y.outflowOther)} anders en gaan ${n(y.wlzTransfers)} naar de Wlz` +
    (Math.round(y.displaced) > 0 ? `; ${n(y.displaced)} gaan terug naar de wachtlijst omdat hun locatie sluit` : '') +
    `. Eind ${y.year}: ${n(y.inCare)} in zorg, ${n(y.waitingList)} wachtend (samen de behoefte: ${n(y.demand)}), ${n(y.places)} Wmo-plekken.`
  );
}

export function ModelDiagram({ r, y }: { r: CapacityResult; y: YearResult }) {
  const waiting: Box = { x: 250, y: 120, w: 210, h: 70, title: 'Wachtlijst', value: n(y.waitingList), fill: '#fde9c9' };
  const care: Box = { x: 620, y: 120, w: 210, h: 70, title: 'In zorg', value: n(y.inCare), fill: '#d6ebe7' };
  const places: Box = { x: 620, y: 10, w: 210, h: 70, title: 'Wmo-plekken', value: n(y.places), fill: '#e8eef7' };
  const need: Box = { x: 250, y: 10, w: 210, h: 70, title: 'Behoefte', value: n(y.demand), fill: '#f1f1f1' };
  return (
    <svg viewBox="0 0 1000 340" width="100%" role="img" aria-labelledby="diagram-title diagram-desc" data-testid="model-diagram">
      <title id="diagram-title">Hoe rekent het model? Voorraden en stromen in {y.year}</title>
      <desc id="diagram-desc">{describeDiagram(r, y)}</desc>
      <defs>
        <marker id="pijl" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="14" markerHeight="14" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="#1d4f91" />
        </marker>
      </defs>
      <StockBox b={need} />
      <text x={355} y={100} textAnchor="middle" fontSize={12} fill="#4a5563">
        = wachtlijst + in zorg
      </text>
      <StockBox b={places} />
      <text x={725} y={100} textAnchor="middle" fontSize={12} fill="#4a5563">
        bepalen wie in zorg kan
      </text>
      <StockBox b={waiting} />
      <StockBox b={care} />
      <Flow x1={20} y1={155} x2={248} y2={155} label={r.driver === 'need' ? 'Nieuwe indicaties (nodig)' : 'Nieuwe indicaties'} value={y.inflow} />
      <Flow x1={462} y1={150} x2={618} y2={150} label="Plaatsing" value={y.placements} />
      <Flow x1={618} y1={178} x2={462} y2={178} label="Locatie sluit" value={y.displaced} dy={24} />
      <Flow x1={320} y1={192} x2={270} y2={290} label="Uitval" value={y.departuresUnplaced} atEnd />
      <Flow x1={400} y1={192} x2={450} y2={290} label="Wlz (wachtlijst)" value={y.wlzFromList} atEnd />
      <Flow x1={660} y1={192} x2={600} y2={290} label="Zelfstandig" value={y.outflowIndependent} atEnd />
      <Flow x1={725} y1={192} x2={735} y2={290} label="Anders" value={y.outflowOther} atEnd />
      <Flow x1={790} y1={192} x2={880} y2={290} label="Wlz (zorg)" value={y.wlzTransfers} atEnd />
    </svg>
  );
}
