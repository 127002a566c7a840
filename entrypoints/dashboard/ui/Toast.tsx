import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../components/i18n';

interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
  /** The route it was shown on: a toast belongs to its screen and goes when the user navigates away. */
  hash: string;
}

type Show = (message: string, action?: ToastAction) => void;

const ToastContext = createContext<Show>(() => undefined);

// Long enough to reach the Undo button by keyboard; it also stays while focused or hovered.
const TOAST_MS = 10_000;

/** One message at a time in a polite live region, with an optional action (Undo). */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toast, setToast] = useState<Toast | null>(null);
  const [paused, setPaused] = useState(false);
  const counter = useRef(0);
  const show = useCallback<Show>((message, action) => {
    counter.current += 1;
    setToast({ id: counter.current, message, action, hash: location.hash });
  }, []);
  // A toast shown right after a navigation (Delete → the list) keeps the hash it was shown on, so that
  // navigation's own hashchange, which arrives a moment later, does not dismiss it.
  useEffect(() => {
    const onRoute = () => setToast((current) => (current && current.hash !== location.hash ? null : current));
    window.addEventListener('hashchange', onRoute);
    return () => window.removeEventListener('hashchange', onRoute);
  }, []);
  useEffect(() => {
    if (!toast || paused) return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, paused]);
  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast ? (
          <div
            className="toast"
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
            <button type="button" className="btn btn-small btn-ghost" onClick={() => setToast(null)} aria-label={t('close')}>
              ×
            </button>
          </div>
        ) : null}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): Show {
  return useContext(ToastContext);
}
