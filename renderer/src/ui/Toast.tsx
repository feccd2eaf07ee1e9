import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

type Tone = 'success' | 'error';
export interface ToastAction {
  label: string;
  run: () => void;
}
interface Toast {
  id: number;
  message: string;
  tone: Tone;
  action?: ToastAction;
}

type Show = (message: string, tone?: Tone, action?: ToastAction) => void;
const ToastContext = createContext<Show>(() => {});

const TOAST_MS = 4000;
const TOAST_WITH_ACTION_MS = 8000;

/** Short confirmations, the latest one at a time, announced through a polite live region. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const show = useCallback<Show>((message, tone = 'success', action) => {
    setToasts([{ id: Date.now() + Math.random(), message, tone, action }]);
  }, []);

  useEffect(() => {
    if (toasts.length === 0) return;
    const timer = setTimeout(() => setToasts([]), toasts[0]?.action ? TOAST_WITH_ACTION_MS : TOAST_MS);
    return () => clearTimeout(timer);
  }, [toasts]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`}>
            {toast.message}
            {toast.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  toast.action!.run();
                  setToasts([]);
                }}
              >
                {toast.action.label}
              </button>
            )}
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useToast = () => useContext(ToastContext);
