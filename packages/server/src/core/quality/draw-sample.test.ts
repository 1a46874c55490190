import type { ChatId, LibraryId, ResponderId } from '@refdesk/protocol';
import { describe, expect, it } from 'vitest';
import type { SampleCandidate } from '../ports/index.ts';
import { type DrawSampleInput, drawSample } from './draw-sample.ts';
import { createSeededRandom } from './seeded-random.ts';

function candidates(spec: Record<string, [library: string, chats: number]>): SampleCandidate[] {
  return Object.entries(spec).flatMap(([responder, [library, chats]]) =>
    Array.from({ length: chats }, (_, n) => ({
      chatId: `${responder}-${n}` as ChatId,
      responderId: responder as ResponderId,
      libraryId: library as LibraryId,
      createdAt: n * 1000,
    })),
  );
}

const base: DrawSampleInput = {
  seed: 'seed_1',
  period: '2026-11',
  settings: { period: 'monthly', perResponder: 2, perLibrary: 2 },
  candidates: candidates({ ana: ['spr', 6], ben: ['shel', 6], carl: ['spr', 1] }),
  history: [],
  responderName: (id) => id.toUpperCase(),
  libraryName: (id) => `Library ${id}`,
};

describe('drawSample', () => {
  it('gives the same picks for the same seed and other picks for another seed', () => {
    expect(drawSample(base)).toEqual(drawSample({ ...base }));
    const others = ['seed_2', 'seed_3', 'seed_4'].map((seed) =>
      drawSample({ ...base, seed }).map((pick) => pick.chatId),
    );
    expect(
      others.some(
        (picks) =>
          picks.join() !==
          drawSample(base)
            .map((p) => p.chatId)
            .join(),
      ),
    ).toBe(true);
  });

  it('takes each responder’s quota, fewer when they answered fewer, and says why', () => {
    const picks = drawSample(base);
    const of = (subject: string) => picks.filter((pick) => pick.subject === subject);
    expect(of('responder:ana')).toHaveLength(2);
    expect(of('responder:carl')).toHaveLength(1);
    expect(of('library:spr')).toHaveLength(2);
    expect(of('responder:carl')[0]?.reason).toBe('responder sample for CARL');
    expect(of('library:shel')[0]?.reason).toBe('library sample for Library shel');
    expect(new Set(picks.map((pick) => pick.chatId)).size).toBe(picks.length);
  });

  it('covers everyone once before anyone twice, the least sampled first, when chats run short', () => {
    // Two chats of one library for three of its responders, quota 1 each: a library pick of two.
    const input: DrawSampleInput = {
      ...base,
      settings: { period: 'monthly', perResponder: 0, perLibrary: 2 },
      candidates: candidates({ ana: ['spr', 3], dana: ['spr', 3], eve: ['spr', 3] }),
    };
    const responders = (picks: ReturnType<typeof drawSample>) =>
      picks.map((pick) => pick.chatId.split('-')[0]).sort();
    expect(new Set(responders(drawSample(input))).size).toBe(2);
    // Earlier periods sampled Ana's library twice and nobody else: the rotation is about subjects,
    // so a library with history goes after one without.
    const rotated = drawSample({
      ...input,
      settings: { period: 'monthly', perResponder: 1, perLibrary: 0 },
      candidates: candidates({ ana: ['spr', 3], dana: ['spr', 3] }),
      history: [{ subject: 'responder:ana', period: '2026-10', drawnAt: 5 }],
    });
    expect(rotated.map((pick) => pick.subject)).toEqual(['responder:dana', 'responder:ana']);
  });

  it('counts picks of an earlier draw in the same period against the quota', () => {
    const picks = drawSample({
      ...base,
      history: [
        { subject: 'responder:ana', period: '2026-11', drawnAt: 1 },
        { subject: 'responder:ana', period: '2026-11', drawnAt: 1 },
        { subject: 'library:spr', period: '2026-10', drawnAt: 1 },
      ],
    });
    expect(picks.filter((pick) => pick.subject === 'responder:ana')).toHaveLength(0);
    expect(picks.filter((pick) => pick.subject === 'library:spr')).toHaveLength(2);
  });
});

describe('createSeededRandom', () => {
  it('repeats its sequence for a seed, in [0, 1)', () => {
    const a = createSeededRandom('x');
    const b = createSeededRandom('x');
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(values).size).toBe(100);
  });
});
