import { useConsole } from './console-context.ts';

/**
 * Short notices in the corner, announced politely to screen readers. They sit in a landmark of
 * their own so a screen reader's landmark list reaches their Dismiss buttons.
 */
export function NoticeRegion() {
  const { notices } = useConsole();
  const items = notices.items.value;
  return (
    <aside class="notices" aria-label="Notices">
      <div class="notices-list" role="status" aria-live="polite">
        {items.map((notice) => (
          <div key={notice.id} class={`notice notice-${notice.tone}`}>
            <span>{notice.message}</span>
            <button
              type="button"
              class="btn-icon"
              aria-label="Dismiss"
              onClick={() => notices.dismiss(notice.id)}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </aside>
  );
}
