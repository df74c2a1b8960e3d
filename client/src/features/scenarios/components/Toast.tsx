import { useEffect } from 'react';

/** A message that confirms an action, top right; it closes itself after a while. */
export function Toast({ text, kind = 'ok', onClose }: { text: string; kind?: 'ok' | 'error'; onClose(): void }) {
  useEffect(() => {
    const t = setTimeout(onClose, 8000);
    return () => clearTimeout(t);
  }, [text, onClose]);
  return (
    <div className={`sc-toast ${kind}`} role="status" data-testid="toast">
      <span>{text}</span>
      <button className="link" onClick={onClose} aria-label="close">
        ×
      </button>
    </div>
  );
}
