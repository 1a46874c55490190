import { CloseCode } from '@refdesk/protocol/patron';
import { format } from '../i18n/load-catalogue.ts';
import type { WidgetState } from '../state/create-widget-state.ts';
import { Composer } from './composer.tsx';
import { Conversation } from './conversation.tsx';
import type { ExtrasModule } from './load-extras.ts';
import { PanelHeader } from './panel-header.tsx';
import { PrechatFields } from './pre-chat-fields.tsx';
import { submitMessage } from './submit-message.ts';

export interface PanelProps {
  state: WidgetState;
  extras: ExtrasModule | undefined;
  position: 'left' | 'right';
  /** The patron closed the panel (close button or Escape). */
  onClose(): void;
}

/**
 * Moves focus to the panel's first field: a pre-chat field, or the message box.
 *
 * @example
 * focusFirstField(shadowRoot);
 */
export const focusFirstField = (root: ParentNode | null | undefined): void =>
  root?.querySelector<HTMLElement>('.body input, .body textarea, .composer textarea')?.focus();

/**
 * Moves focus to where the panel's current screen starts: the newest line marked `data-focus` (why
 * the chat ended, thanks for the feedback, the question left, chat unavailable), else the first
 * field. Returns whether focus is now in the panel (not yet, when the screen is still loading).
 *
 * @example
 * if (focusLost) focusView(shadowRoot, () => panel.contains(shadowRoot.activeElement));
 */
export function focusView(root: ShadowRoot, inPanel: () => boolean): boolean {
  const marked = root.querySelectorAll<HTMLElement>('[data-focus]');
  const target = marked[marked.length - 1];
  if (target) target.focus();
  else focusFirstField(root);
  return inPanel();
}

/** When a librarian of another library answers: the cooperative's disclosure. */
function disclosure(state: WidgetState): string | undefined {
  const { assigned, library } = state.snapshot;
  if (!assigned || assigned.isHomeLibrary) return undefined;
  return (
    assigned.disclosure ??
    format(state.t.disclosure, {
      responderLibrary: assigned.libraryName,
      patronLibrary: library?.name ?? '',
    })
  );
}

/**
 * The chat panel: a non-modal dialog that closes on Escape (the options menu first, if open).
 *
 * @example
 * <Panel state={state} extras={extras} position="right" onClose={close} />
 */
export function Panel({ state, extras, position, onClose }: PanelProps) {
  const { t, menu } = state;
  const { status, chatState } = state.snapshot;
  const view = state.view;
  const notice = chatState === 'active' && disclosure(state);
  const closeMenu = (event: Event): void => {
    menu.value = 'closed';
    focusFirstField((event.currentTarget as Node).getRootNode() as ParentNode);
  };
  return (
    <section
      class={`panel ${position}`}
      role="dialog"
      aria-labelledby="rd-title"
      lang={t.lang}
      dir={t.dir}
      hidden={!state.open.value}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        if (menu.value === 'closed') onClose();
        else closeMenu(event);
      }}
    >
      <PanelHeader state={state} onClose={onClose} />
      {menu.value !== 'closed' && extras?.OptionsMenu && (
        <extras.OptionsMenu state={state} onDone={() => (menu.value = 'closed')} />
      )}
      {status === 'reconnecting' && <p class="banner">{t.reconnecting}</p>}
      {notice && <p class="notice">{notice}</p>}
      {status === 'closed' ? (
        // A final refusal (a site not allowed, an unknown library): nothing here can be sent, so
        // no composer and no message left "Sending…"; the page's console says why (start-app).
        <div class="body">
          <p class="card" role="status">
            {state.snapshot.error?.message === String(CloseCode.originNotAllowed)
              ? t.notAllowed
              : t.unavailable}
          </p>
        </div>
      ) : (
        <>
          <div class="body">
            {view === 'offline' ? (
              extras?.OfflineForm && <extras.OfflineForm state={state} />
            ) : view === 'offline-sent' ? (
              extras?.OfflineSent && <extras.OfflineSent state={state} />
            ) : (
              <>
                {view === 'prechat' && <PrechatFields state={state} />}
                <Conversation state={state} extras={extras} />
              </>
            )}
          </div>
          {(view === 'prechat' || view === 'chat') && (
            <Composer state={state} onSubmit={(event) => submitMessage(state, event)} />
          )}
        </>
      )}
    </section>
  );
}
