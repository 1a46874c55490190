import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

/** Where focus starts, in order of preference: the chosen option, a field, the main button. */
const FIRST_FIELDS = ['input:checked', 'textarea, input', '.btn-primary'];

export interface ModalProps {
  title: string;
  /** Escape, the close button, or the caller's own buttons. */
  onClose(): void;
  children: ComponentChildren;
  wide?: boolean;
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus and closes on Escape; focus goes
 * back to where it was when the dialog closes, if that is still on the page.
 */
export function Modal({ title, onClose, children, wide }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    // Preact removes the dialog as it closes, so the browser never gives focus back: we do.
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      // Start at the first choice or field, not at the close button.
      const body = dialog.querySelector('.dialog-body');
      for (const selector of FIRST_FIELDS) {
        const field = body?.querySelector<HTMLElement>(selector);
        if (field) {
          field.focus();
          break;
        }
      }
    }
    return () => {
      dialog?.close?.();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={wide ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div class="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="btn-icon" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <div class="dialog-body">{children}</div>
    </dialog>
  );
}
