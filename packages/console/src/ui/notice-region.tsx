import { useConsole } from './console-context.ts';

/** Short notices in the corner, announced politely to screen readers. */
export function NoticeRegion() {
  const { notices } = useConsole();
  const items = notices.items.value;
  return (
    <div class="notices" role="status" aria-live="polite">
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
  );
}
