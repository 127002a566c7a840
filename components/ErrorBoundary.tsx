import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from './i18n';
import { classifyDbError } from '../utils/db/errors';

/** What the page shows instead of going blank: a newer database said plainly, anything else with a Reload. */
export function PageError({ error }: { error: unknown }) {
  const t = useT();
  const newer = classifyDbError(error) === 'newer';
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <div className="page-error" role="alert">
      <h1>{newer ? t('newer.title') : t('crash.title')}</h1>
      <p>{newer ? t('newer.body') : t('crash.body')}</p>
      <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
        {t('crash.reload')}
      </button>
      {newer ? null : (
        <details>
          <summary>{t('crash.detail')}</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </div>
  );
}

/**
 * Catches a render failure anywhere in a page (popup, dashboard), so the page never goes blank. A database that
 * will not open is caught earlier, by DatabaseGate: live queries swallow that error and would load forever.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('Page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.error !== null ? <PageError error={this.state.error} /> : this.props.children;
  }
}
