/**
 * Presentation mode: full screen, one message per slide (a headline of at most two lines, the figures under it, one
 * chart), keyboard navigation. Every part is sized from the space the window leaves, so a slide fits 1280×720 as
 * well as 1920×1080.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { formatDate } from '../common/formatDate';
import { formatIndicator } from '../compare/format';
import { COLORS, Overlay, type OverlaySeries } from '../compare/Overlay';
import { DeviationLegend, DeviationMap } from '../fairshare/DeviationMap';
import { FanChart } from '../uncertainty/charts';
import { targetSentence } from '../uncertainty/explain';
import { formatNumber } from '../../../shared/numberFormat';
import { headline, valuesLine } from './messages';
import { titleOf } from './ReportDocument';
import type { ReportData } from './useReportData';
import './report.css';

interface Slide {
  id: string;
  message: string;
  /** The figures behind the message, small under it. */
  figures?: string;
  body: ReactNode;
}

interface Size {
  width: number;
  height: number;
}

/** Headlines longer than this (characters) are set smaller. */
const LONG_HEADLINE = 95;

/** Room a chart leaves inside the slide body (the legend of Recharts reaches a little past the chart's own width). */
const CHART_SLACK = { width: 32, height: 40 };

function slides(d: ReportData, body: Size): Slide[] {
  const size = { width: Math.max(200, body.width - CHART_SLACK.width), height: Math.max(150, body.height - CHART_SLACK.height) };
  const { view } = d;
  const changes = d.scenarios.map((s) => s.change);
  const fontSize = Math.round(Math.max(14, Math.min(22, size.height / 26)));
  const about = (id: string) => ({ message: headline(view, id, changes)?.text ?? '', figures: valuesLine(view, id) });
  const chart = (series: OverlaySeries, norm?: number | null) => (
    <Overlay view={view} series={series} width={size.width} height={size.height} fontSize={fontSize} title={false} norm={norm} />
  );
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
      message: titleOf(d),
      body: (
        <div className="slide-title">
          <p>Beschermd wonen · regio centrumgemeente Enschede</p>
          <p>Wachtlijst, wachttijd, plekken, kosten en fair share in {view.reportingYear}</p>
          <p className="small">
            {formatDate(d.generatedAt, 'longDate')} · modelversie {view.modelVersion}
          </p>
        </div>
      ),
    },
    { id: 'wachtlijst', ...about('wachtlijst'), body: chart('waitingList') },
    { id: 'wachttijd', ...about('wachttijd'), body: chart('waitingTimeMonths', d.waitingNormMonths) },
    ...(d.uncertainty
      ? [
          {
            id: 'onzekerheid',
            message: targetSentence(d.uncertainty, view.reportingYear).replace(/\.$/, ''),
            figures: `${view.scenarios.find((s) => s.id === view.referenceId)?.name ?? ''} · ${formatNumber(d.uncertainty.runs)} doorrekeningen met andere waarden binnen de bereiken van de aannames`,
            body: (
              <FanChart
                r={d.uncertainty}
                metric="waitingTimeMonths"
                format={(v) => `${formatNumber(v, 1)} mnd`}
                norm={d.uncertainty.waitingNormMonths}
                width={size.width}
                height={size.height}
                fontSize={fontSize}
              />
            ),
          },
        ]
      : []),
    { id: 'plekken', ...about('plekken-nodig'), body: chart('places') },
    { id: 'kosten', ...about('kosten'), body: chart('costEuro') },
    {
      id: 'fairshare',
      ...about('fairshare'),
      body: (
        <div className="slide-maps-wrap">
          <div className="slide-maps">
            {view.scenarios.map((s, i) => {
              const f = d.scenarios[i].fairShare.facility;
              return (
                <figure key={s.id} className="slide-map">
                  <figcaption>
                    <span className="swatch" style={{ background: COLORS[i] }} /> {s.name}
                  </figcaption>
                  {f ? <DeviationMap facility={f} keyLabel="Inwoners" legend={false} /> : <p>De sleutel inwoners is niet te gebruiken.</p>}
                </figure>
              );
            })}
          </div>
          <div className="slide-legend">
            <DeviationLegend />
          </div>
        </div>
      ),
    },
    { id: 'urgentie', ...about('urgentie-tekort'), body: big('urgentie-tekort') },
    { id: 'wlz', ...about('wlz-verlies'), body: big('wlz-verlies') },
  ];
}

export function Presentation({ data, onClose }: { data: ReportData; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [size, setSize] = useState<Size>({ width: 800, height: 400 });
  const list = slides(data, size);
  const slide = list[index];

  useEffect(() => {
    const el = ref.current;
    el?.focus();
    el?.requestFullscreen?.().catch(() => undefined); // not allowed everywhere; the overlay already fills the window
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  // The chart gets exactly the space the slide body has (which depends on the headline and the window).
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const measure = () => {
      const r = body.getBoundingClientRect();
      const width = Math.floor(r.width);
      const height = Math.floor(r.height);
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    return () => observer.disconnect();
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
        <header className="slide-head">
          {/* A long sentence gets a smaller size, so that it still takes at most two lines. */}
          <h1 className={slide.message.length > LONG_HEADLINE ? 'slide-message long' : 'slide-message'}>{slide.message}</h1>
          {slide.figures && <p className="slide-figures">{slide.figures}</p>}
        </header>
        <div className="slide-body" ref={bodyRef}>
          {slide.body}
        </div>
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
