import { describe, expect, it } from 'vitest';
import { ANA, BEN, CORA, giveUp, SHELBYVILLE, SPRINGFIELD, shift } from './schedule-fixtures.ts';
import {
  applyShiftChangeAction,
  type ChangeActor,
  mayActOnChange,
  withShiftChanges,
} from './shift-changes.ts';
import { shiftOccurrences } from './shift-occurrences.ts';

const NOW = Date.UTC(2026, 11, 1);
const actor = (id: typeof ANA, overrides: Partial<ChangeActor> = {}): ChangeActor => ({
  id,
  manages: false,
  librarian: true,
  libraryId: SPRINGFIELD,
  ...overrides,
});
const swap = giveUp({
  kind: 'swap',
  status: 'proposed',
  toResponderId: BEN,
  toLibraryId: SHELBYVILLE,
});
const december = () => shiftOccurrences([shift()], [], NOW, Date.UTC(2026, 11, 15));

describe('applyShiftChangeAction', () => {
  it('gives an offered shift to the librarian who claims it', () => {
    const claimed = applyShiftChangeAction(giveUp(), 'claim', actor(CORA), NOW, false);
    expect(claimed).toMatchObject({ status: 'claimed', toResponderId: CORA, decidedAt: NOW });
  });

  it('refuses a claim of your own offer, a second claim, and any claim once the shift started', () => {
    expect(applyShiftChangeAction(giveUp(), 'claim', actor(ANA), NOW, false)).toMatch(/own/);
    const claimed = giveUp({ status: 'claimed', toResponderId: CORA });
    expect(applyShiftChangeAction(claimed, 'claim', actor(BEN), NOW, false)).toMatch(
      /already claimed/,
    );
    const started = giveUp().startsAt;
    expect(applyShiftChangeAction(giveUp(), 'claim', actor(CORA), started, false)).toMatch(
      /started/,
    );
  });

  it('settles an accepted swap at once, or after an admin approves it where the library asks', () => {
    expect(applyShiftChangeAction(swap, 'accept', actor(BEN), NOW, false)).toMatchObject({
      status: 'approved',
    });
    const waiting = applyShiftChangeAction(swap, 'accept', actor(BEN), NOW, true);
    expect(waiting).toMatchObject({ status: 'awaiting_approval' });
    if (typeof waiting === 'string') throw new Error(waiting);
    const admin = actor(CORA, { manages: true });
    expect(applyShiftChangeAction(waiting, 'approve', admin, NOW, true)).toMatchObject({
      status: 'approved',
      decidedBy: CORA,
    });
    expect(applyShiftChangeAction(waiting, 'refuse', admin, NOW, true)).toMatchObject({
      status: 'refused',
    });
  });

  it('lets only the partner answer a swap, and only an admin approve it', () => {
    expect(mayActOnChange(swap, 'accept', actor(CORA))).toBe(false);
    expect(mayActOnChange(swap, 'decline', actor(BEN))).toBe(true);
    expect(mayActOnChange(swap, 'approve', actor(BEN))).toBe(false);
    expect(mayActOnChange(swap, 'approve', actor(CORA, { manages: true }))).toBe(true);
    expect(mayActOnChange(giveUp(), 'claim', actor(CORA, { librarian: false }))).toBe(false);
    expect(mayActOnChange(giveUp(), 'withdraw', actor(ANA))).toBe(true);
    expect(mayActOnChange(giveUp(), 'withdraw', actor(BEN))).toBe(false);
  });
});

describe('withShiftChanges', () => {
  it('keeps an offered shift with who offered it until someone claims it', () => {
    const got = withShiftChanges(december(), [giveUp()]);
    expect(got.map((o) => o.shift.responderId)).toEqual([ANA, ANA]);
  });

  it('gives the claimed occurrence (and only that one) to its claimant', () => {
    const claimed = giveUp({ status: 'claimed', toResponderId: BEN, toLibraryId: SHELBYVILLE });
    // Mondays 7 (given up) and 14 December.
    const [first, second] = withShiftChanges(december(), [claimed]);
    expect(first?.shift).toMatchObject({ responderId: BEN, libraryId: SHELBYVILLE });
    expect(first?.takenFrom).toBe(ANA);
    expect(second?.shift).toMatchObject({ responderId: ANA, libraryId: SPRINGFIELD });
  });

  it('exchanges both occurrences of an approved swap', () => {
    const bens = shift({ id: 'shift_ben', responderId: BEN, libraryId: SHELBYVILLE, day: 2 });
    const occurrences = shiftOccurrences([shift(), bens], [], NOW, Date.UTC(2026, 11, 9));
    const tuesday = Date.UTC(2026, 11, 8, 14);
    const approved = {
      ...swap,
      status: 'approved' as const,
      swapShiftId: 'shift_ben',
      swapStartsAt: tuesday,
      swapEndsAt: tuesday + 3 * 3_600_000,
    };
    const got = withShiftChanges(occurrences, [approved]);
    const byStart = Object.fromEntries(got.map((o) => [o.startsAt, o.shift.responderId]));
    expect(byStart[giveUp().startsAt]).toBe(BEN);
    expect(byStart[tuesday]).toBe(ANA);
    expect(byStart[Date.UTC(2026, 11, 1, 14)]).toBe(BEN); // Ben's own Tuesday 1 December
  });

  it('follows an occurrence given up twice to its last claimant', () => {
    const first = giveUp({
      status: 'claimed',
      toResponderId: CORA,
      toLibraryId: SPRINGFIELD,
      decidedAt: 1,
    });
    const second = giveUp({
      id: 'change_2',
      fromResponderId: CORA,
      status: 'claimed',
      toResponderId: BEN,
      toLibraryId: SHELBYVILLE,
      decidedAt: 2,
    });
    const got = withShiftChanges(december(), [second, first]);
    expect(got[0]?.shift.responderId).toBe(BEN);
    expect(got[0]?.takenFrom).toBe(ANA);
  });
});
