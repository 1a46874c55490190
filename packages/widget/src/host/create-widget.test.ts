import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, responderMessage, welcome } from '../testing/fake-socket.ts';
import { mountTestWidget, type TestWidget } from '../testing/mount-test-widget.ts';
import { createWidget } from './create-widget.ts';

let current: TestWidget | undefined;
const mount = (...args: Parameters<typeof mountTestWidget>) => {
  current = mountTestWidget(...args);
  return current;
};
afterEach(() => {
  current?.widget.destroy();
  current = undefined;
  document.title = '';
  localStorage.clear();
  sessionStorage.clear();
});

describe('the launcher', () => {
  it('is a button named "Chat with a librarian" that says whether the panel is open', async () => {
    const t = mount();
    expect(t.screen.getByRole('button', { name: 'Chat with a librarian' })).toBe(t.launcher());
    expect(t.launcher().getAttribute('aria-expanded')).toBe('false');
    t.launcher().click();
    expect(t.launcher().getAttribute('aria-expanded')).toBe('true');
    await t.screen.findByRole('dialog');
  });

  it('uses the label and the locale the page gives it', () => {
    const t = mount({ label: 'Ask us', locale: 'es' });
    expect(t.launcher().textContent).toContain('Ask us');
    t.widget.destroy();
    const spanish = mount({ locale: 'es-MX' });
    expect(spanish.launcher().textContent).toContain('Chatea con un bibliotecario');
  });

  it('lives in an open shadow root, styled by adopted stylesheets rather than style elements', () => {
    const t = mount();
    expect(t.host.shadowRoot).toBe(t.root);
    expect(t.root.adoptedStyleSheets.length).toBeGreaterThan(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
    expect(t.root.querySelectorAll('style')).toHaveLength(0);
  });
});

describe('privacy', () => {
  it('loads nothing, connects nowhere and stores nothing until the patron opens the chat', async () => {
    const t = mount();
    await Promise.resolve();
    expect(t.fake.sockets).toHaveLength(0);
    expect(t.storage.writes).toEqual([]);
    expect(t.root.querySelector('.panel')).toBeNull();
    expect(sessionStorage.length).toBe(0);
    t.launcher().click();
    await t.connected();
    expect(t.root.querySelector('.panel')).not.toBeNull();
  });
});

describe('focus and keyboard', () => {
  it('moves focus into the panel on open, and back to the launcher when Escape closes it', async () => {
    const t = mount();
    t.launcher().focus();
    t.launcher().click();
    await t.connected();
    const message = await t.screen.findByLabelText('Message');
    await waitFor(() => expect(t.root.activeElement).toBe(message));
    fireEvent.keyDown(message, { key: 'Escape' });
    expect(t.launcher().getAttribute('aria-expanded')).toBe('false');
    expect(t.root.querySelector('.panel')?.hasAttribute('hidden')).toBe(true);
    expect(t.root.activeElement).toBe(t.launcher());
  });

  it('closes the options menu first when Escape is pressed inside it', async () => {
    const t = mount();
    t.launcher().click();
    await t.connected();
    fireEvent.click(await t.screen.findByRole('button', { name: 'More options' }));
    const clear = await t.screen.findByRole('button', { name: 'Clear this conversation' });
    fireEvent.keyDown(clear, { key: 'Escape' });
    expect(t.screen.queryByRole('button', { name: 'Clear this conversation' })).toBeNull();
    expect(t.launcher().getAttribute('aria-expanded')).toBe('true');
  });
});

describe('unread messages', () => {
  it('counts replies on the launcher and in the page title while the panel is closed', async () => {
    document.title = 'Springfield Public Library';
    const t = mount();
    t.launcher().click();
    const socket = await t.connected(welcome({ chatId: 'chat1', state: 'active' }));
    t.launcher().click();
    socket.receive(responderMessage(1));
    socket.receive(responderMessage(2));
    expect(t.root.querySelector('.badge')?.textContent).toBe('2');
    expect(t.launcher().textContent).toContain('2 unread');
    expect(document.title).toBe('(2) Springfield Public Library');
    t.launcher().click();
    expect(t.root.querySelector('.badge')?.textContent).toBe('');
    expect(document.title).toBe('Springfield Public Library');
  });
});

describe('resilience', () => {
  it('leaves only a working launcher when the panel fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const widget = createWidget({ libraryId: 'springfield', server: 'http://x' }, () =>
      Promise.reject(new Error('offline')),
    );
    const root = document.querySelector('refdesk-widget')?.shadowRoot as ShadowRoot;
    const launcher = root.querySelector('button') as HTMLButtonElement;
    launcher.click();
    await waitFor(() => expect(error).toHaveBeenCalled());
    expect(root.children).toHaveLength(1);
    expect(launcher.getAttribute('aria-expanded')).toBe('false');
    expect(launcher.getAttribute('aria-busy')).toBe('false');
    widget.destroy();
    error.mockRestore();
  });

  it('puts itself back when a single-page app replaces the body content', async () => {
    const t = mount();
    document.body.innerHTML = '<main>next page</main>';
    await waitFor(() => expect(t.host.isConnected).toBe(true));
    expect(document.body.lastElementChild).toBe(t.host);
  });

  it('reopens the conversation in progress on the next page, without a click', async () => {
    const storage = createMemoryStorage();
    const first = mount({ client: { storage } });
    first.launcher().click();
    const socket = await first.connected();
    fireEvent.input(await first.screen.findByLabelText('Message'), { target: { value: 'Hours?' } });
    fireEvent.submit(first.root.querySelector('form.composer') as HTMLFormElement);
    socket.receive({
      type: 'queued',
      chatId: 'c1',
      position: 1,
      estimatedWaitSeconds: 20,
      tier: 'local',
    });
    first.widget.destroy();
    localStorage.setItem('refdesk:springfield', storage.map.get('refdesk:springfield') ?? '');
    sessionStorage.clear();

    const next = mount({ client: { storage } });
    const resumed = await next.connected(welcome({ chatId: 'c1', state: 'queued' }));
    expect(resumed.sent[0]).toMatchObject({ resumeToken: 'token-aaaaaaaaaaaaaaaa' });
    expect(next.launcher().getAttribute('aria-expanded')).toBe('false');
  });
});
