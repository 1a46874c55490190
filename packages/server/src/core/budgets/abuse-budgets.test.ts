import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ABUSE_LIMITS,
  parseBudgetScale,
  retryText,
  scaleLimits,
  transcriptCharges,
} from './abuse-budgets.ts';

describe('abuse budgets', () => {
  it('scales every limit and keeps every window', () => {
    const scaled = scaleLimits(DEFAULT_ABUSE_LIMITS, 5);
    expect(scaled.writesPerAddress).toEqual({ limit: 100, windowMs: 600_000 });
    expect(scaled.emailsPerDestination.windowMs).toBe(
      DEFAULT_ABUSE_LIMITS.emailsPerDestination.windowMs,
    );
  });

  it('reads REFDESK_BUDGET_SCALE, refusing anything but a positive number', () => {
    expect(parseBudgetScale(undefined)).toBe(1);
    expect(parseBudgetScale(' ')).toBe(1);
    expect(parseBudgetScale('2.5')).toBe(2.5);
    for (const bad of ['0', '-1', 'lots', 'Infinity']) {
      expect(() => parseBudgetScale(bad)).toThrow(/REFDESK_BUDGET_SCALE/);
    }
  });

  it('charges a destination however its letters are cased', () => {
    const writer = { libraryId: 'springfield' as never, clientAddress: null };
    const request = { sessionKey: 's', chatId: 'chat_1' as never };
    const a = transcriptCharges(writer, { ...request, destination: ' Pat@Example.org' });
    const b = transcriptCharges(writer, { ...request, destination: 'pat@example.org' });
    expect(a).toEqual(b);
    expect(a.map((charge) => charge.budget)).not.toContain('emailsPerAddress');
  });

  it('says when to retry in words', () => {
    expect(retryText(30_000)).toBe('in a minute');
    expect(retryText(9 * 60_000)).toBe('in 9 minutes');
    expect(retryText(20 * 3_600_000)).toBe('in 20 hours');
  });
});
