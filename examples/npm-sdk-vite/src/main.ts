import { createChatClient, mount } from '@refdesk/widget';

// The Refdesk server started by `pnpm start` at the repository root; `?server=` overrides it.
const server = new URLSearchParams(location.search).get('server') ?? 'http://127.0.0.1:8787';
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// 1. The widget, as the script tag would put it on the page.
const widget = mount({ libraryId: 'springfield', server, colour: '#8a1538' });
byId('open').addEventListener('click', () => widget.open());
byId('identify').addEventListener('click', () =>
  widget.identify({ name: 'Lisa Simpson', email: 'lisa@example.org' }),
);
const events = byId<HTMLOutputElement>('events');
for (const type of ['open', 'close', 'queued', 'assigned', 'message', 'ended', 'unread'] as const) {
  widget.on(type, () => {
    events.value = `${type} at ${new Date().toLocaleTimeString()}`;
  });
}

// 2. The headless client, for a UI of your own. Nothing connects until the first message.
const client = createChatClient({ libraryId: 'shelbyville', server });
const status = byId<HTMLOutputElement>('headless-status');
const list = byId<HTMLOListElement>('headless-messages');
client.on('change', (snapshot) => {
  status.value = `${snapshot.status}, chat ${snapshot.chatState}${
    snapshot.queue ? `, number ${snapshot.queue.position} in line` : ''
  }`;
  list.replaceChildren(
    ...snapshot.messages.map((message) => {
      const item = document.createElement('li');
      // Text, never HTML: messages come from other people.
      item.textContent = `${message.authorRole === 'patron' ? 'You' : message.displayName}: ${message.text}${
        message.status === 'pending' ? ' (sending…)' : ''
      }`;
      return item;
    }),
  );
});
const input = byId<HTMLInputElement>('headless-text');
input.addEventListener('input', () => client.typing());
client.setViewing(true);
byId<HTMLFormElement>('headless-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (!text) return;
  client.send(text);
  input.value = '';
});
