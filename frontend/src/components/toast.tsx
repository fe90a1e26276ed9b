import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react';

/** A short message at the foot of the page, with at most one action. */
export interface ToastContent {
  message: string;
  action?: { label: string; onAction: () => void };
}

const SHOWN_FOR_MS = 10_000;

const ToastContext = createContext<(toast: ToastContent) => void>(() => {});

/** Shows a toast, replacing the one on screen. */
export function useToast(): (toast: ToastContent) => void {
  return useContext(ToastContext);
}

// The live region is always in the page, so screen readers announce each
// message as it is put into it.
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ToastContent & { key: number }>();
  const [paused, setPaused] = useState(false);
  const show = useCallback((content: ToastContent) => {
    setPaused(false);
    setToast({ ...content, key: Date.now() });
  }, []);
  const dismiss = () => setToast(undefined);

  useEffect(() => {
    if (!toast || paused) {
      return;
    }
    const timer = setTimeout(() => setToast(undefined), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [toast, paused]);

  return (
    <ToastContext value={show}>
      {children}
      <div
        role="status"
        className="toast-region"
        onFocus={() => setPaused(true)}
        onBlur={() => setPaused(false)}
        onPointerEnter={() => setPaused(true)}
        onPointerLeave={() => setPaused(false)}
      >
        {toast && (
          <div key={toast.key} className="toast">
            <span className="toast-message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button button-quiet toast-action"
                onClick={() => {
                  toast.action?.onAction();
                  dismiss();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button
              type="button"
              className="toast-close"
              aria-label="Dismiss message"
              onClick={dismiss}
            >
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext>
  );
}
