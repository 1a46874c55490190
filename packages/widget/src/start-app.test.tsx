import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { responderMessage, welcome } from './testing/fake-socket.ts';
import { mountTestWidget, type TestWidget } from './testing/mount-test-widget.ts';

let current: TestWidget | undefined;
async function open(options: Parameters<typeof mountTestWidget>[0] = {}, frame = welcome()) {
  current = mountTestWidget(options);
  current.launcher().click();
  const socket = await current.connected(frame);
  await current.screen.findByLabelText('Message').catch(() => undefined);
  return { ...current, socket };
}
afterEach(() => {
  current?.widget.destroy();
  current = undefined;
});
const type = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });
const active = welcome({ chatId: 'chat1', state: 'active' });

const accents = (root: ShadowRoot) =>
  [...root.adoptedStyleSheets]
    .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
    .join('')
    .match(/--rd-accent: ?#[0-9a-f]+/gi)
    ?.map((found) => found.replace(/^--rd-accent: ?/, ''));

describe('the library’s colour', () => {
  it('themes launcher and panel once the server tells it', async () => {
    const library = { ...welcome().library, colour: '#8a1538' };
    const t = await open({}, welcome({ library }));
    expect(accents(t.root)).toEqual(['#1f4e99', '#8a1538']);
  });

  it('gives way to a colour the page set', async () => {
    const library = { ...welcome().library, colour: '#8a1538' };
    const t = await open({ colour: '#ffcc00' }, welcome({ library }));
    expect(accents(t.root)).toEqual(['#ffcc00']);
  });
});

describe('before the first message', () => {
  it('asks for name and email as the library configures them, and shows its privacy note', async () => {
    const library = { ...welcome().library, nameField: 'required', emailField: 'off' };
    const t = await open({}, welcome({ library }));
    expect(t.screen.getByLabelText('Your name')).toBeTruthy();
    expect(t.screen.queryByLabelText(/Your email/)).toBeNull();
    expect(t.screen.getByText('We keep chats for 30 days.')).toBeTruthy();
  });

  it('keeps the question and points at the missing required name', async () => {
    const library = { ...welcome().library, nameField: 'required' };
    const t = await open({}, welcome({ library }));
    type(t.screen.getByLabelText('Message'), 'Do you have Dune?');
    fireEvent.click(t.screen.getByRole('button', { name: 'Send' }));
    const name = t.screen.getByLabelText('Your name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(t.root.activeElement).toBe(name);
    expect(t.screen.getByText('Please fill this in.').id).toBe(
      name.getAttribute('aria-describedby'),
    );
    expect(t.socket.sent.map((f) => f.type)).toEqual(['hello']);
    type(name, 'Lisa');
    fireEvent.click(t.screen.getByRole('button', { name: 'Send' }));
    expect(t.socket.sent.at(-1)).toMatchObject({
      type: 'ask',
      question: 'Do you have Dune?',
      name: 'Lisa',
    });
    expect((t.screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('');
  });

  it('prefills the name and email the page gave with identify', async () => {
    current = mountTestWidget();
    current.widget.identify({ name: 'Lisa Simpson', email: 'lisa@example.org' });
    current.launcher().click();
    await current.connected();
    const name = (await current.screen.findByLabelText(/Your name/)) as HTMLInputElement;
    expect(name.value).toBe('Lisa Simpson');
  });
});

describe('while waiting and chatting', () => {
  it('says the place in the queue and the typical wait', async () => {
    const t = await open();
    t.socket.receive({
      type: 'queued',
      chatId: 'c',
      position: 3,
      estimatedWaitSeconds: 45,
      tier: 'local',
    });
    expect(
      t.screen.getByText('You are number 3 in line; typical wait about 45 seconds'),
    ).toBeTruthy();
  });

  it('shows the disclosure when a librarian of another library answers', async () => {
    const t = await open();
    const disclosure =
      'A librarian from Shelbyville Public Library is helping you on behalf of Springfield Public Library';
    t.socket.receive({
      type: 'assigned',
      chatId: 'c',
      responderName: 'Ben',
      libraryName: 'Shelbyville Public Library',
      isHomeLibrary: false,
      disclosure,
    });
    expect(t.screen.getByText(disclosure)).toBeTruthy();
  });

  it('renders a script injection as text, and links as links that open safely', async () => {
    const t = await open({}, active);
    const payload = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    t.socket.receive({ ...responderMessage(1), text: `${payload} see https://example.org/hours.` });
    const bubble = t.root.querySelector('.bubble') as HTMLElement;
    expect(bubble.textContent).toContain(payload);
    expect(bubble.querySelector('img, script')).toBeNull();
    const link = t.screen.getByRole('link', { name: 'https://example.org/hours' });
    expect(link.getAttribute('href')).toBe('https://example.org/hours');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('announces new librarian messages once, in one polite live region, and nothing replayed', async () => {
    const t = await open({}, active);
    const regions = t.root.querySelectorAll('[aria-live]');
    expect(regions).toHaveLength(1);
    expect(regions[0]?.getAttribute('aria-live')).toBe('polite');
    t.socket.receive(responderMessage(1, 'We open at nine.'));
    expect(regions[0]?.textContent).toBe('Ana: We open at nine.');
    t.socket.receive({ ...responderMessage(2, 'My own words'), authorRole: 'patron' });
    t.socket.receive(responderMessage(1, 'We open at nine.'));
    expect(regions[0]?.textContent).toBe('Ana: We open at nine.');
    t.socket.receive(responderMessage(3, 'Anything else?'));
    expect(regions[0]?.textContent?.trim()).toBe('Ana: Anything else?');
  });

  it('shows that the librarian is typing', async () => {
    const t = await open({}, active);
    t.socket.receive({ type: 'typing', active: true });
    expect(t.screen.getByText('A librarian is typing…')).toBeTruthy();
  });
});

describe('when nobody is available', () => {
  const offline = welcome({ library: { ...welcome().library, available: false } });

  it('checks the leave-a-question form before sending it', async () => {
    const t = await open({}, offline);
    const send = await t.screen.findByRole('button', { name: 'Send question' });
    type(t.screen.getByLabelText('Your email'), 'not-an-email');
    type(t.screen.getByLabelText(/I need this by/), '2000-01-01');
    fireEvent.click(send);
    expect(t.screen.getByLabelText('Your question').getAttribute('aria-invalid')).toBe('true');
    expect(t.screen.getByText(/Please enter an email address/)).toBeTruthy();
    expect(t.screen.getByText(/has not passed/)).toBeTruthy();
    expect(t.socket.sent.some((f) => f.type === 'offline_question')).toBe(false);
  });

  it('sends the question with the deadline and confirms what happens next', async () => {
    const t = await open({}, offline);
    type(await t.screen.findByLabelText('Your question'), 'Can I get an ILL for this thesis?');
    type(t.screen.getByLabelText('Your email'), 'lisa@example.org');
    type(t.screen.getByLabelText(/I need this by/), '2099-05-01');
    fireEvent.click(t.screen.getByRole('button', { name: 'Send question' }));
    expect(t.socket.sent.at(-1)).toEqual({
      type: 'offline_question',
      question: 'Can I get an ILL for this thesis?',
      email: 'lisa@example.org',
      deadline: '2099-05-01',
    });
    t.socket.receive({ type: 'received', what: 'offline_question', followUpId: 'fu1' });
    expect(
      t.screen.getByText('Thank you. Springfield Public Library has your question.'),
    ).toBeTruthy();
    expect(t.screen.getByText(/will reply to lisa@example.org/)).toBeTruthy();
  });

  it('says so in Arabic when the server refuses the question, keeping the form to try later', async () => {
    const t = await open({ locale: 'ar' }, offline);
    type(await t.screen.findByLabelText('سؤالك'), 'Can I get an ILL?');
    type(t.screen.getByLabelText('بريدك الإلكتروني'), 'lisa@example.org');
    fireEvent.click(t.screen.getByRole('button', { name: 'إرسال السؤال' }));
    t.socket.receive({
      type: 'error',
      code: 'limit_reached',
      ref: 'offline_question',
      message: 'Questions: the limit is reached for now. Try again in 5 minutes.',
    });
    expect((await t.screen.findByRole('alert')).textContent).toBe(
      'طلبات كثيرة جدًا من هذا الاتصال الآن. يرجى المحاولة لاحقًا.',
    );
    expect(t.screen.getByRole('button', { name: 'إرسال السؤال' })).toBeTruthy();
  });

  it('turns the question already asked into the form when the server says nobody is free', async () => {
    const t = await open();
    type(t.screen.getByLabelText('Message'), 'Is the library open on Sunday?');
    fireEvent.click(t.screen.getByRole('button', { name: 'Send' }));
    t.socket.receive({ type: 'offline', reason: 'outside_hours' });
    const question = (await t.screen.findByLabelText('Your question')) as HTMLTextAreaElement;
    expect(question.value).toBe('Is the library open on Sunday?');
    expect(t.screen.getByText(/Chat is closed right now/)).toBeTruthy();
  });
});

describe('after the chat', () => {
  // The survey asks the server for the home library's own questions: none, unless a test says.
  beforeEach(() => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ questions: [] })));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks the home library’s own questions, from the widget’s server, and sends their answers with the rating', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(String(url));
      const questions = [
        { id: 'found', kind: 'yes_no', text: 'Did you find what you needed?' },
        { id: 'gripe', kind: 'complaint', text: 'Anything we should do better?' },
      ];
      return new Response(JSON.stringify({ questions }));
    });
    const library = { ...active.library, id: 'ogdenville' };
    const t = await open({}, { ...active, library });
    t.socket.receive({ type: 'ended', chatId: 'chat1', reason: 'responder_ended' });
    const submit = await t.screen.findByRole('button', { name: 'Send feedback' });
    const yes = await t.screen.findByLabelText('Yes');
    // The `server` given to the widget, not where its code was loaded from (npm-SDK mode).
    expect(asked).toEqual(['http://127.0.0.1:8787/api/libraries/ogdenville/survey']);
    fireEvent.click(t.screen.getByLabelText(/2 out of 5/));
    fireEvent.click(yes);
    type(t.screen.getByLabelText('Anything we should do better?'), 'Stay until I am done.');
    fireEvent.click(submit);
    expect(t.socket.sent.at(-1)).toEqual({
      type: 'survey',
      rating: 2,
      answers: { found: 'yes', gripe: 'Stay until I am done.' },
    });
  });

  it('asks for a rating and a comment, and thanks the patron', async () => {
    const t = await open({}, active);
    t.socket.receive({ type: 'ended', chatId: 'chat1', reason: 'responder_ended' });
    expect(t.screen.getByText('The librarian ended the chat.')).toBeTruthy();
    const submit = (await t.screen.findByRole('button', {
      name: 'Send feedback',
    })) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    fireEvent.click(t.screen.getByLabelText(/4 out of 5/));
    type(t.screen.getByLabelText('Comment (optional)'), 'Very helpful');
    fireEvent.click(submit);
    expect(t.socket.sent.at(-1)).toEqual({ type: 'survey', rating: 4, comment: 'Very helpful' });
    t.socket.receive({ type: 'received', what: 'survey' });
    expect(t.screen.getByText('Thank you for your feedback.')).toBeTruthy();
  });

  it('emails the conversation to the address given', async () => {
    const t = await open({}, active);
    fireEvent.click(t.screen.getByRole('button', { name: 'More options' }));
    fireEvent.click(await t.screen.findByRole('button', { name: 'Email me this conversation' }));
    type(t.screen.getByLabelText('Your email'), 'lisa@example.org');
    fireEvent.click(t.screen.getByRole('button', { name: 'Email it to me' }));
    expect(t.socket.sent.at(-1)).toEqual({ type: 'request_transcript', email: 'lisa@example.org' });
  });

  it('says, instead of offering it, that the conversation cannot be emailed when the server has no mail transport', async () => {
    const library = { ...active.library, transcriptEmail: false };
    const t = await open({}, { ...active, library });
    fireEvent.click(t.screen.getByRole('button', { name: 'More options' }));
    await t.screen.findByRole('button', { name: 'Clear this conversation' });
    expect(t.screen.queryByRole('button', { name: 'Email me this conversation' })).toBeNull();
    expect(
      t.screen.getByText(
        'This chat service cannot send email, so it cannot email you this conversation.',
      ),
    ).toBeTruthy();
  });

  it('says so when the server refuses to email the conversation, in the patron’s language', async () => {
    const t = await open({ locale: 'es' }, active);
    fireEvent.click(t.screen.getByRole('button', { name: 'Más opciones' }));
    fireEvent.click(
      await t.screen.findByRole('button', { name: 'Enviarme esta conversación por correo' }),
    );
    type(t.screen.getByLabelText('Tu correo electrónico'), 'lisa@example.org');
    fireEvent.click(t.screen.getByRole('button', { name: 'Enviármela' }));
    t.socket.receive({
      type: 'error',
      code: 'limit_reached',
      ref: 'request_transcript',
      message: 'Transcript emails: the limit is reached for now. Try again in 40 minutes.',
    });
    expect((await t.screen.findByRole('alert')).textContent).toBe(
      'Demasiadas solicitudes desde esta conexión por ahora. Inténtelo más tarde.',
    );
  });

  it('says so when the server refuses a new chat, and marks the question not sent', async () => {
    const t = await open();
    type(t.screen.getByLabelText('Message'), 'Another question');
    fireEvent.click(t.screen.getByRole('button', { name: 'Send' }));
    const ask = t.socket.sent.at(-1) as { type: string; clientMessageId: string };
    expect(ask.type).toBe('ask');
    t.socket.receive({
      type: 'error',
      code: 'limit_reached',
      ref: 'ask',
      clientMessageId: ask.clientMessageId,
      message: 'New chats: the limit is reached for now. Try again in 9 minutes.',
    });
    expect((await t.screen.findByRole('alert')).textContent).toBe(
      'Too many requests from this connection just now. Please try again later.',
    );
    expect(t.screen.getByText('Not sent')).toBeTruthy();
  });

  it('links the accessibility statement of the server from the options menu, in a new tab', async () => {
    const t = await open({ locale: 'fr' }, active);
    fireEvent.click(t.screen.getByRole('button', { name: 'Plus d’options' }));
    const link = await t.screen.findByRole('link', { name: 'Déclaration d’accessibilité' });
    expect(link.getAttribute('href')).toBe('http://127.0.0.1:8787/accessibility');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('clears the conversation from the browser after a confirmation', async () => {
    const t = await open();
    type(t.screen.getByLabelText('Message'), 'Private question');
    fireEvent.click(t.screen.getByRole('button', { name: 'Send' }));
    // The conversation, and the browser id the block list keys on once the patron has asked.
    expect([...t.storage.map.keys()].sort()).toEqual(['refdesk:browser', expect.any(String)]);
    fireEvent.click(t.screen.getByRole('button', { name: 'More options' }));
    fireEvent.click(await t.screen.findByRole('button', { name: 'Clear this conversation' }));
    fireEvent.click(t.screen.getByRole('button', { name: 'Yes, clear it' }));
    expect(t.storage.map.size).toBe(0);
    expect(t.root.querySelector('.bubble')).toBeNull();
  });
});

describe('on a site the library does not allow', () => {
  it('explains it to the patron without a composer, and warns the webmaster once in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      current = mountTestWidget();
      current.launcher().click();
      const socket = await current.connected({
        type: 'error',
        code: 'origin_not_allowed',
        message: 'This page may not open chats for that library.',
      });
      socket.drop(4003);
      const t = current;
      expect(await t.screen.findByText(/Chat is not set up on this website yet/)).toBeTruthy();
      expect(t.screen.queryByRole('textbox')).toBeNull();
      expect(t.screen.queryByRole('button', { name: 'Send' })).toBeNull();
      expect(t.fake.sockets).toHaveLength(1);
      await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
      expect(String(warn.mock.calls[0]?.[0])).toContain(`(${location.origin})`);
      expect(String(warn.mock.calls[0]?.[0])).toContain('Widget settings > Allowed sites');
    } finally {
      warn.mockRestore();
    }
  });

  it('says chat is not available, without a composer, for another final refusal', async () => {
    current = mountTestWidget();
    current.launcher().click();
    const socket = await current.connected({
      type: 'error',
      code: 'unknown_library',
      message: 'x',
    });
    socket.drop(4002);
    expect(await current.screen.findByText('Chat is not available on this page.')).toBeTruthy();
    expect(current.screen.queryByRole('textbox')).toBeNull();
  });
});

describe('languages', () => {
  it('lays the panel out right to left in Arabic', async () => {
    const t = await open({ locale: 'ar' });
    const panel = t.root.querySelector('.panel') as HTMLElement;
    expect(panel.getAttribute('dir')).toBe('rtl');
    expect(t.screen.getByLabelText('الرسالة')).toBeTruthy();
    expect(t.launcher().getAttribute('dir')).toBe('rtl');
  });

  it('speaks Spanish when the page is in Spanish', async () => {
    document.documentElement.lang = 'es';
    const t = await open();
    document.documentElement.lang = '';
    expect(t.screen.getByLabelText('Mensaje')).toBeTruthy();
    expect(t.screen.getByRole('button', { name: 'Enviar' })).toBeTruthy();
    expect(vi.isMockFunction(t.launcher)).toBe(false);
  });
});
