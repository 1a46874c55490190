import { type ReadonlySignal, signal } from '@preact/signals';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  message: string;
}

export interface Notices {
  items: ReadonlySignal<Notice[]>;
  push(message: string, tone?: Notice['tone']): void;
  dismiss(id: number): void;
}

/**
 * Short messages for the person at the desk ("Chat ended: answered."), shown in a polite live
 * region. Information fades after `lifetimeMs`; errors stay until dismissed.
 *
 * @example
 * const notices = createNotices();
 * notices.push('Could not reach Refdesk.', 'error');
 */
export function createNotices(lifetimeMs = 8000): Notices {
  const items = signal<Notice[]>([]);
  let next = 1;
  const dismiss = (id: number) => {
    items.value = items.value.filter((notice) => notice.id !== id);
  };
  return {
    items,
    push(message, tone = 'info') {
      const notice = { id: next++, tone, message };
      items.value = [...items.value.slice(-3), notice];
      if (tone === 'info') setTimeout(() => dismiss(notice.id), lifetimeMs);
    },
    dismiss,
  };
}
