import { configure, within } from '@testing-library/preact';
import { expect, vi } from 'vitest';
import { createWidget, type Widget } from '../host/create-widget.ts';
import type { WidgetOptions } from '../host/types.ts';
import { createFakeSockets, createMemoryStorage, type FakeSocket, welcome } from './fake-socket.ts';

// Testing Library cannot print a shadow root in its error messages: keep the message alone.
configure({ getElementError: (message) => new Error(message ?? 'element not found') });

/**
 * The whole widget in happy-dom, with a fake socket and storage: the launcher, then the panel
 * loaded on demand from the source, as a page would see it.
 *
 * @example
 * const t = mountTestWidget();
 * t.launcher().click();
 * await t.connected();
 */
export function mountTestWidget(options: Partial<WidgetOptions> = {}) {
  // Every test is a fresh visit: no panel left open by the previous one.
  sessionStorage.clear();
  const fake = createFakeSockets();
  const storage = createMemoryStorage();
  const widget: Widget = createWidget(
    {
      libraryId: 'springfield',
      server: 'http://127.0.0.1:8787',
      ...options,
      client: {
        WebSocket: fake.WebSocket,
        storage,
        channel: null,
        environment: {},
        ...options.client,
      },
    },
    () => import('../start-app.tsx'),
  );
  const host = document.querySelector('refdesk-widget') as HTMLElement;
  const root = host.shadowRoot as ShadowRoot;
  const screen = within(root as unknown as HTMLElement);
  const launcher = () => root.querySelector('button.launcher') as HTMLButtonElement;
  /** Waits for the panel's socket, accepts it and welcomes it; returns it. */
  const connected = async (frame: object = welcome()): Promise<FakeSocket> => {
    await vi.waitFor(() => expect(fake.sockets.length).toBeGreaterThan(0));
    const socket = fake.last();
    socket.accept();
    socket.receive(frame);
    return socket;
  };
  return { widget, host, root, screen, launcher, fake, storage, connected };
}

export type TestWidget = ReturnType<typeof mountTestWidget>;
