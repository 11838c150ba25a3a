/**
 * A safety net around one part of the app: an error while drawing it shows a Dutch message in its place, with
 * "Opnieuw proberen" and a way to another part, instead of a blank window. Give it a `key` that changes with the
 * tab and scenario, so that moving on starts fresh.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What could not be shown, as it reads in a sentence: 'het onderdeel "Capaciteit"'. */
  area: string;
  children: ReactNode;
  /** Fetches the data again before drawing again. */
  onRetry?: () => Promise<void> | void;
  /** A way to another part of the app. */
  back?: { label: string; onClick(): void };
  /** One line instead of a panel, for narrow places. */
  compact?: boolean;
}

interface State {
  error: Error | null;
  retrying: boolean;
}

export class ViewErrorBoundary extends Component<Props, State> {
  state: State = { error: null, retrying: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Fout bij het tonen van ${this.props.area}:`, error, info.componentStack);
  }

  private retry = async () => {
    this.setState({ retrying: true });
    try {
      await this.props.onRetry?.();
    } catch {
      // Drawing again shows whatever is wrong now; a new error lands here again.
    }
    this.setState({ error: null, retrying: false });
  };

  render(): ReactNode {
    const { error, retrying } = this.state;
    if (!error) return this.props.children;
    const { area, back, compact } = this.props;
    const retryButton = (
      <button className={compact ? 'small' : 'primary'} onClick={this.retry} disabled={retrying}>
        {retrying ? 'Bezig…' : 'Opnieuw proberen'}
      </button>
    );
    if (compact) {
      return (
        <p className="view-error compact" role="alert" data-testid="view-error">
          Kan {area} niet tonen; er is niets verloren. {retryButton}
        </p>
      );
    }
    return (
      <section className="view-error" role="alert" data-testid="view-error">
        <h2>Dit onderdeel kan niet worden getoond</h2>
        <p>
          Er ging iets mis bij het tonen van {area}. Er is niets verloren: alle scenario’s, aannames en wijzigingen staan veilig in de database. De rest
          van Plekkenplanner werkt gewoon.
        </p>
        <p>Probeer het opnieuw of ga naar een ander onderdeel. Gaat het steeds mis, kies dan een ander scenario of meld het met de technische melding hieronder.</p>
        <div className="buttons-row">
          {retryButton}
          {back && <button onClick={back.onClick}>{back.label}</button>}
        </div>
        <details>
          <summary>Technische melding</summary>
          <code>{error.message || error.name}</code>
        </details>
      </section>
    );
  }
}
