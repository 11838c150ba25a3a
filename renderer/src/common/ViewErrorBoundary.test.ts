/** The boundary's two faces, rendered to HTML (react-dom/server does not run error boundaries, so the caught state is set by hand). */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ViewErrorBoundary } from './ViewErrorBoundary';

const props = { area: 'het onderdeel "Scenario en geschiedenis"', back: { label: 'Naar Capaciteit', onClick: () => {} }, children: createElement('p', null, 'inhoud') };

function caught(error: unknown, extra: Partial<typeof props> & { compact?: boolean } = {}): string {
  const boundary = new ViewErrorBoundary({ ...props, ...extra });
  boundary.state = { error: null, retrying: false, ...ViewErrorBoundary.getDerivedStateFromError(error) };
  return renderToStaticMarkup(createElement('div', null, boundary.render()));
}

describe('ViewErrorBoundary', () => {
  it('shows its children while nothing went wrong', () => {
    expect(renderToStaticMarkup(createElement(ViewErrorBoundary, props))).toBe('<p>inhoud</p>');
  });

  it('after an error: a Dutch message that nothing was lost, "Opnieuw proberen", a way back and the technical message', () => {
    const html = caught(new RangeError('Invalid time value'));
    expect(html).toContain('Dit onderdeel kan niet worden getoond');
    expect(html).toContain('het onderdeel &quot;Scenario en geschiedenis&quot;');
    expect(html).toContain('Er is niets verloren');
    expect(html).toContain('database');
    expect(html).toContain('>Opnieuw proberen</button>');
    expect(html).toContain('>Naar Capaciteit</button>');
    expect(html).toContain('Invalid time value');
    expect(html).toContain('role="alert"');
  });

  it('copes with things thrown that are not errors, and has a one-line form', () => {
    expect(caught('kapot')).toContain('<code>kapot</code>');
    const line = caught(new Error('x'), { compact: true });
    expect(line).toContain('niets verloren');
    expect(line).toContain('Opnieuw proberen');
    expect(line).not.toContain('Naar Capaciteit');
  });
});
