import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootEmbed } from './boot-embed.ts';
import type { AppContext, AppModule } from './types.ts';

function fakeApp() {
  const controller = { setOpen: vi.fn(), identify: vi.fn(), destroy: vi.fn() };
  const startApp = vi.fn(async (_context: AppContext) => controller);
  const loadAppFrom = vi.fn((_url: string) => async (): Promise<AppModule> => ({ startApp }));
  return { controller, startApp, loadAppFrom };
}

function addScript(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.append(script);
  return script;
}

const root = () => document.querySelector('refdesk-widget')?.shadowRoot as ShadowRoot;
const launcher = () => root().querySelector('button.launcher') as HTMLButtonElement;

afterEach(() => {
  window.Refdesk?.('destroy');
  for (const element of document.querySelectorAll('script')) element.remove();
  sessionStorage.clear();
});

describe('the script tag', () => {
  it('runs the commands a page queued before the script arrived, in order', async () => {
    addScript({ 'data-library': 'springfield', 'data-server': 'https://ask.example.org' });
    const opened = vi.fn();
    const stub = Object.assign((...args: unknown[]) => stub.q.push(args), { q: [] as unknown[][] });
    stub('on', 'open', opened);
    stub('identify', { name: 'Lisa', email: 'lisa@example.org' });
    stub('open');
    window.Refdesk = stub;
    const app = fakeApp();
    bootEmbed(app.loadAppFrom);
    expect(opened).toHaveBeenCalledTimes(1);
    expect(launcher().getAttribute('aria-expanded')).toBe('true');
    await vi.waitFor(() => expect(app.controller.setOpen).toHaveBeenCalledWith(true, true));
    expect(app.startApp.mock.calls[0]?.[0].identity).toEqual({
      name: 'Lisa',
      email: 'lisa@example.org',
    });
    expect(window.Refdesk?.loaded).toBe(true);
    window.Refdesk?.('close');
    expect(launcher().getAttribute('aria-expanded')).toBe('false');
  });

  it('reads its data attributes', async () => {
    addScript({
      'data-library': 'shelbyville',
      'data-server': 'https://ask.example.org',
      'data-position': 'bottom-left',
      'data-colour': '#ffcc00',
      'data-label': 'Questions?',
      'data-locale': 'fr',
      'data-z-index': '42',
      'data-practice': '',
    });
    const app = fakeApp();
    bootEmbed(app.loadAppFrom);
    expect(launcher().classList.contains('left')).toBe(true);
    expect(launcher().textContent).toContain('Questions?');
    const css = [...root().adoptedStyleSheets].flatMap((s) =>
      [...s.cssRules].map((r) => r.cssText),
    );
    expect(css.join('')).toMatch(/--rd-accent: ?#ffcc00/);
    expect(css.join('')).toMatch(/--rd-on-accent: ?#111/);
    expect(css.join('')).toMatch(/--rd-z: ?42/);
    launcher().click();
    await vi.waitFor(() => expect(app.startApp).toHaveBeenCalled());
    const context = app.startApp.mock.calls[0]?.[0] as AppContext;
    const { options, locale } = context;
    expect(options).toMatchObject({
      libraryId: 'shelbyville',
      server: 'https://ask.example.org',
      practice: true,
    });
    expect(locale).toBe('fr');
  });

  it('does nothing the second time it is included', () => {
    addScript({ 'data-library': 'springfield' });
    addScript({ 'data-library': 'springfield' });
    const app = fakeApp();
    bootEmbed(app.loadAppFrom);
    bootEmbed(app.loadAppFrom);
    expect(document.querySelectorAll('refdesk-widget')).toHaveLength(1);
  });

  it('does nothing without a library', () => {
    addScript({ 'data-server': 'https://ask.example.org' });
    bootEmbed(fakeApp().loadAppFrom);
    expect(document.querySelector('refdesk-widget')).toBeNull();
    expect(window.Refdesk).toBeUndefined();
  });

  it('waits for the body when it runs in the head of a page still loading', async () => {
    const body = document.body;
    body.remove();
    addScript({ 'data-library': 'springfield' });
    bootEmbed(fakeApp().loadAppFrom);
    expect(document.querySelector('refdesk-widget')).toBeNull();
    document.documentElement.append(body);
    await vi.waitFor(() => expect(body.querySelector('refdesk-widget')).not.toBeNull());
  });
});
