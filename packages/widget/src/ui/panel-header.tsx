import type { WidgetState } from '../state/create-widget-state.ts';
import { CloseIcon, MoreIcon } from './icons.tsx';

export interface PanelHeaderProps {
  state: WidgetState;
  onClose(): void;
}

/**
 * The panel's title bar: the library's name, who is helping or whether librarians are online,
 * more options, and close.
 *
 * @example
 * <PanelHeader state={state} onClose={close} />
 */
export function PanelHeader({ state, onClose }: PanelHeaderProps) {
  const { t, menu } = state;
  const { status, library, assigned } = state.snapshot;
  const line =
    status !== 'open'
      ? status === 'connecting' || status === 'idle'
        ? t.connecting
        : ''
      : (assigned?.responderName ?? (library?.available ? t.online : ''));
  return (
    <header class="head">
      <div>
        <h2 id="rd-title">{library?.name ?? t.title}</h2>
        <p>{line}</p>
      </div>
      <button
        class="icon more"
        type="button"
        aria-label={t.more}
        aria-expanded={menu.value !== 'closed'}
        aria-controls={menu.value === 'closed' ? undefined : 'rd-menu'}
        onClick={() => (menu.value = menu.value === 'closed' ? 'list' : 'closed')}
      >
        <MoreIcon />
      </button>
      <button class="icon" type="button" aria-label={t.close} onClick={onClose}>
        <CloseIcon />
      </button>
    </header>
  );
}
