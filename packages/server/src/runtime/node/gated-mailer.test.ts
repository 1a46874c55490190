import { describe, expect, it } from 'vitest';
import type { OutgoingEmail } from '../../core/ports/index.ts';
import { gateMailer } from './gated-mailer.ts';
import { createOutputGate } from './output-gate.ts';

const email: OutgoingEmail = { to: 'pat@example.org', subject: 'Your chat', text: 'Hello' };
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('gateMailer', () => {
  it('sends an email only after the sync that covers the writes before it completes', async () => {
    const pending: (() => void)[] = [];
    const gate = createOutputGate(() => new Promise<void>((resolve) => pending.push(resolve)));
    const sent: OutgoingEmail[] = [];
    const mailer = gateMailer({ send: async (message) => void sent.push(message) }, gate);
    const sending = mailer.send(email);
    await turn();
    expect({ syncs: pending.length, sent }).toEqual({ syncs: 1, sent: [] });
    pending[0]?.();
    await sending;
    expect(sent).toEqual([email]);
  });

  it('keeps saying that it only logs', () => {
    const gate = createOutputGate(() => Promise.resolve());
    expect(gateMailer({ logOnly: true, send: async () => undefined }, gate).logOnly).toBe(true);
  });
});
