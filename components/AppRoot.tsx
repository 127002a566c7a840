import { useEffect, type ReactNode } from 'react';
import { I18nProvider } from './i18n';
import { ErrorBoundary } from './ErrorBoundary';
import { DatabaseGate } from './DatabaseGate';
import { db } from '../utils/db/instance';
import { useSettings } from './use-settings';
import { resolveLang } from '../utils/i18n';

/**
 * Wraps a page in the user's language and theme. Theme 'auto' leaves `data-theme` unset so the
 * `prefers-color-scheme` rules in tokens.css decide.
 */
export function AppRoot({ children }: { children: ReactNode }) {
  const { settings, loaded } = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    if (settings.theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
    root.lang = resolveLang(settings.language, navigator.language);
  }, [settings.theme, settings.language]);
  if (!loaded) return null;
  return (
    <I18nProvider language={settings.language}>
      <ErrorBoundary>
        <DatabaseGate db={db}>{children}</DatabaseGate>
      </ErrorBoundary>
    </I18nProvider>
  );
}
