/** Presentation mode: full screen, one message per slide (a chart and one sentence), keyboard navigation, large type. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { formatDate } from '../common/formatDate';
import { formatIndicator } from '../compare/format';
import { COLORS, Overlay, type OverlaySeries } from '../compare/Overlay';
import { DeviationMap } from '../fairshare/DeviationMap';
import { indicatorMessage } from './messages';
import { FanChart } from '../uncertainty/charts';
import { targetSentence } from '../uncertainty/explain';
import { formatNumber } from '../../../shared/numberFormat';
import { reportTitle } from './ReportDocument';
import type { ReportData } from './useReportData';

interface Slide {
  id: string;
  message: string;
  body: ReactNode;
}

function slides(d: ReportData, size: { width: number; height: number }): Slide[] {
  const { view } = d;
  const msg = (id: string) => indicatorMessage(view, id)?.text ?? '';
  const chart = (series: OverlaySeries) => <Overlay view={view} series={series} width={size.width} height={size.height} fontSize={20} title={false} />;
  const big = (id: string) => {
    const ind = view.indicators.find((i) => i.id === id)!;
    return (
      <div className="slide-numbers">
        {view.scenarios.map((s, i) => (
          <div key={s.id} className="slide-number" style={{ borderColor: COLORS[i] }}>
            <div className="value">{formatIndicator(ind.unit, ind.values[i])}</div>
            <div className="name">{s.name}</div>
          </div>
        ))}
      </div>
    );
  };
  return [
    {
      id: 'titel',
      message: reportTitle(d),
      body: (
        <div className="slide-title">
          <p>Beschermd wonen · regio centrumgemeente Enschede</p>
          <p>{view.scenarios.map((s) => s.name).join(' · ')}</p>
          <p className="small">
            {formatDate(d.reference.generatedAt, 'longDate')} · modelversie {view.modelVersion}
          </p>
        </div>
      ),
    },
    { id: 'wachtlijst', message: msg('wachtlijst'), body: chart('waitingList') },
    { id: 'wachttijd', message: msg('wachttijd'), body: chart('waitingTimeMonths') },
    ...(d.uncertainty
      ? [
          {
            id: 'onzekerheid',
            message: targetSentence(d.uncertainty, view.reportingYear),
            body: <FanChart r={d.uncertainty} metric="waitingTimeMonths" format={(v) => `${formatNumber(v, 1)} mnd`} norm={d.uncertainty.waitingNormMonths} width={size.width} height={size.height} fontSize={20} />,
          },
        ]
      : []),
    { id: 'plekken', message: msg('plekken-nodig'), body: chart('places') },
    { id: 'kosten', message: msg('kosten'), body: chart('costEuro') },
    {
      id: 'fairshare',
      message: msg('fairshare'),
      body: d.fairShare.facility ? (
        <div className="slide-map">
          <DeviationMap facility={d.fairShare.facility} keyLabel="Inwoners" />
        </div>
      ) : (
        <p>De sleutel inwoners is niet te gebruiken.</p>
      ),
    },
    { id: 'urgentie', message: msg('urgentie-tekort'), body: big('urgentie-tekort') },
    { id: 'wlz', message: msg('wlz-verlies'), body: big('wlz-verlies') },
  ];
}

export function Presentation({ data, onClose }: { data: ReportData; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [size, setSize] = useState({ width: Math.min(window.innerWidth * 0.86, 1500), height: window.innerHeight * 0.56 });
  const list = slides(data, size);
  const slide = list[index];

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    el?.requestFullscreen?.().catch(() => undefined); // not allowed everywhere; the overlay already fills the window
    const resize = () => setSize({ width: Math.min(window.innerWidth * 0.86, 1500), height: window.innerHeight * 0.56 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const go = (to: number) => setIndex(Math.max(0, Math.min(list.length - 1, to)));
  const onKey = (e: React.KeyboardEvent) => {
    if (['ArrowRight', 'PageDown', ' ', 'Enter'].includes(e.key)) go(index + 1);
    else if (['ArrowLeft', 'PageUp', 'Backspace'].includes(e.key)) go(index - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(list.length - 1);
    else if (e.key === 'Escape') onClose();
    else return;
    e.preventDefault();
  };

  return (
    <div ref={ref} className="presentation" role="dialog" aria-modal="true" aria-label="Presentatie" tabIndex={-1} onKeyDown={onKey} data-testid="presentation">
      <section className="slide" aria-live="polite" data-slide={slide.id}>
        <h1 className="slide-message">{slide.message}</h1>
        <div className="slide-body">{slide.body}</div>
      </section>
      <nav className="slide-nav" aria-label="Dia's">
        <button onClick={() => go(index - 1)} disabled={index === 0} aria-label="Vorige dia">
          ←
        </button>
        <span data-testid="slide-counter">
          {index + 1} / {list.length}
        </span>
        <button onClick={() => go(index + 1)} disabled={index === list.length - 1} aria-label="Volgende dia">
          →
        </button>
        <span className="hint">pijltjes of spatie: bladeren · Esc: stoppen</span>
        <button onClick={onClose}>Stoppen</button>
      </nav>
    </div>
  );
}
