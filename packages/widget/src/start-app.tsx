import { CloseCode } from '@refdesk/protocol/patron';
import { render } from 'preact';
import { createChatClient } from './client/create-chat-client.ts';
import { adoptStyles } from './host/adopt-styles.ts';
import type { AppContext, AppController, WidgetEvents } from './host/types.ts';
import { loadCatalogue } from './i18n/load-catalogue.ts';
import { createWidgetState } from './state/create-widget-state.ts';
import { App } from './ui/app.tsx';
import { type ExtrasModule, type ExtrasPart, importExtras, needsExtras } from './ui/load-extras.ts';
import panelCss from './ui/panel.css?inline';
import { focusView } from './ui/panel.tsx';

const FORWARDED = [
  'ready',
  'queued',
  'assigned',
  'message',
  'typing',
  'ended',
  'offline',
  'error',
  'unread',
] as const satisfies readonly (keyof WidgetEvents)[];

/**
 * The lazily loaded part of the widget: the chat client, its state and the panel, rendered into
 * the loader's shadow root again after every change. Focus, scrolling and the visual viewport are
 * looked after here, after each render, so the components stay plain functions.
 *
 * @example
 * const app = await startApp({ root, options, locale: 'en', identity: {}, emit, requestClose });
 * app.setOpen(true, true);
 */
export async function startApp(context: AppContext): Promise<AppController> {
  const { options, root } = context;
  const t = await loadCatalogue(context.locale);
  adoptStyles(root, [panelCss]);
  const client = createChatClient({
    libraryId: options.libraryId,
    server: options.server,
    locale: context.locale,
    ...(options.practice ? { practice: true } : {}),
    ...options.client,
  });
  const state = createWidgetState({
    client,
    catalogue: t,
    identity: context.identity,
    server: options.server,
  });
  const stops = FORWARDED.map((type) =>
    client.on(type, (payload) => context.emit(type, payload as never)),
  );
  stops.push(
    client.on('message', (message) => {
      const unseen = !state.open.value || document.hidden;
      if (options.sound && message.authorRole === 'responder' && unseen)
        load('extras').then((module) => module.chime?.(), console.error);
    }),
  );
  let warned = false;
  stops.push(
    client.on('close', ({ code }) => {
      // Once per page: the webmaster's clue, where the panel only tells the patron it is off.
      if (code !== CloseCode.originNotAllowed || warned) return;
      warned = true;
      // A chunk of its own: only a misconfigured site ever needs it.
      import('./ui/warn-not-allowed.ts').then(
        (module) => module.warnNotAllowed(options),
        console.error,
      );
    }),
  );
  const container = document.createElement('div');
  root.append(container);
  const position = options.position === 'bottom-left' ? 'left' : 'right';
  const viewport = globalThis.visualViewport;
  let extras: ExtrasModule | undefined;
  let watchingDeparture = false;
  const chunks = new Map<ExtrasPart, Promise<ExtrasModule>>();
  /** A lazily loaded chunk, fetched once (again after a failure), its styles adopted once. */
  function load(part: ExtrasPart): Promise<ExtrasModule> {
    let chunk = chunks.get(part);
    if (!chunk) {
      chunk = importExtras(part).then((module) => {
        adoptStyles(root, [module.css ?? '']);
        extras = { ...extras, ...module };
        draw();
        return module;
      });
      chunk.catch(() => chunks.delete(part));
      chunks.set(part, chunk);
    }
    return chunk;
  }
  let focused = 0;
  let focusPending = false;
  let scrolled = '';
  let colour: string | undefined;

  const fit = (): void => {
    const panel = container.firstElementChild as HTMLElement | null;
    panel?.style.setProperty('--rd-vh', `${viewport?.height}px`);
    panel?.style.setProperty('--rd-vt', `${viewport?.offsetTop}px`);
  };
  // Asked only while the page's focus is in the widget (happy-dom throws otherwise, once the
  // focused element is removed).
  const active = (): Element | null =>
    document.activeElement === root.host ? root.activeElement : null;
  const inPanel = (): boolean => !!container.firstElementChild?.contains(active());
  const draw = (): void => {
    // Focus inside the panel before this render and nowhere after: its element went away with
    // the screen it was on (chat ended, feedback sent, new chat, menu closed); put it back.
    const hadFocus = inPanel();
    render(
      <App state={state} extras={extras} position={position} onClose={context.requestClose} />,
      container,
    );
    if (viewport) fit();
    if (state.focusRequest.value !== focused) {
      focused = state.focusRequest.value;
      focusPending = true;
    }
    const moved = hadFocus && !active();
    if ((focusPending || moved) && state.open.value) {
      // Pending until there is something to focus: the offline form comes with the extras chunk.
      focusPending = !focusView(root, inPanel);
    }
    const s = state.snapshot;
    if (s.library?.colour && s.library.colour !== colour) {
      colour = s.library.colour;
      context.setColour(colour);
    }
    const scrollKey = `${s.messages.length} ${s.responderTyping} ${s.chatState} ${state.open.value}`;
    const body = root.querySelector('.body');
    if (body && scrollKey !== scrolled) body.scrollTop = body.scrollHeight;
    scrolled = scrollKey;
    const limited = s.error?.code === 'limit_reached';
    for (const part of needsExtras(state.view, state.menu.value !== 'closed', limited)) {
      if (!chunks.has(part)) load(part).catch(console.error);
    }
    if (!watchingDeparture && (s.chatState === 'queued' || s.chatState === 'active')) {
      // Its own small chunk, needed only once the patron has asked (the first exchange pays it).
      watchingDeparture = true;
      import('./client/watch-departure.ts').then(
        (module) => stops.push(module.watchDeparture(client)),
        (error) => {
          watchingDeparture = false;
          console.error(error);
        },
      );
    }
  };
  stops.push(state.subscribe(draw));
  viewport?.addEventListener('resize', fit);
  viewport?.addEventListener('scroll', fit);
  draw();
  const { unread } = client.getSnapshot();
  if (unread > 0) context.emit('unread', { count: unread });
  client.open();
  return {
    setOpen(open, focus) {
      state.open.value = open;
      if (focus) state.focusRequest.value++;
    },
    identify(identity) {
      state.identity.value = identity;
      const fields = state.fields.value;
      state.fields.value = {
        ...fields,
        'rd-name': fields['rd-name'] || identity.name || '',
        'rd-email': fields['rd-email'] || identity.email || '',
      };
    },
    destroy() {
      for (const stop of stops) stop();
      viewport?.removeEventListener('resize', fit);
      viewport?.removeEventListener('scroll', fit);
      render(null, container);
      container.remove();
      state.dispose();
      client.destroy();
    },
  };
}
