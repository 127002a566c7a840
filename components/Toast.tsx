import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from './i18n';

interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
  tone: 'info' | 'error';
  /** The route it was shown on: a toast belongs to its screen and goes when the user navigates away. */
  hash: string;
}

export interface ToastOptions {
  /** An error stays until it is closed or replaced: it says what was not saved, which must not slip by. */
  tone?: 'info' | 'error';
}

type Show = (message: string, action?: ToastAction, options?: ToastOptions) => void;

const ToastContext = createContext<Show>(() => undefined);

// Long enough to reach the Undo button by keyboard; it also stays while focused or hovered.
const TOAST_MS = 10_000;

/**
 * One message at a time, with an optional action (Undo): news in a polite live region, a failure in an
 * assertive one (docs/ARCHITECTURE.md, "The write path").
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toast, setToast] = useState<Toast | null>(null);
  const [paused, setPaused] = useState(false);
  const counter = useRef(0);
  const show = useCallback<Show>((message, action, options) => {
    counter.current += 1;
    setToast({ id: counter.current, message, action, tone: options?.tone ?? 'info', hash: location.hash });
  }, []);
  // A toast shown right after a navigation (Delete → the list) keeps the hash it was shown on, so that
  // navigation's own hashchange, which arrives a moment later, does not dismiss it.
  useEffect(() => {
    const onRoute = () => setToast((current) => (current && current.hash !== location.hash ? null : current));
    window.addEventListener('hashchange', onRoute);
    return () => window.removeEventListener('hashchange', onRoute);
  }, []);
  useEffect(() => {
    if (!toast || paused || toast.tone === 'error') return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, paused]);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast?.tone === 'info' ? view(toast) : null}
      </div>
      <div className="toast-region" role="alert">
        {toast?.tone === 'error' ? view(toast) : null}
      </div>
    </ToastContext.Provider>
  );

  function view(toast: Toast) {
    return (
      <div
        className={toast.tone === 'error' ? 'toast toast-error' : 'toast'}
        key={toast.id}
        onMouseEnter={() => setPaused(true)}
        onMouseLeave={() => setPaused(false)}
        onFocus={() => setPaused(true)}
        onBlur={() => setPaused(false)}
      >
        <span>{toast.message}</span>
        {toast.action ? (
          <button
            type="button"
            className="btn btn-small"
            onClick={() => {
              const action = toast.action;
              setToast(null);
              void action?.run();
            }}
          >
            {toast.action.label}
          </button>
        ) : null}
        <button
          type="button"
          className="btn btn-small btn-ghost"
          onClick={() => setToast(null)}
          aria-label={t('close')}
        >
          ×
        </button>
      </div>
    );
  }
}

export function useToast(): Show {
  return useContext(ToastContext);
}
