import type { LibraryId, ResponderId, SampleSettings } from '@refdesk/protocol';
import type { Cooperative, Millis } from '../model.ts';
import type { Directory, IdGenerator, SampleDrawRecord, SampleStore } from '../ports/index.ts';
import { DEFAULT_SAMPLE_SETTINGS, drawSample, type SamplePick } from './draw-sample.ts';
import type { QualityCaseRecord } from './quality-case.ts';
import type { PeriodSpan } from './sample-period.ts';

export interface SampleDrawDeps {
  cooperative: Cooperative;
  samples: SampleStore;
  directory: Pick<Directory, 'responder' | 'library'>;
  ids: IdGenerator;
}

/** The cooperative's sampling rule, or the defaults. */
export function sampleSettingsOf(samples: SampleStore, cooperative: Cooperative): SampleSettings {
  return samples.sampleSettings(cooperative.id) ?? DEFAULT_SAMPLE_SETTINGS;
}

/**
 * Draws the sample of `span` now (up to `now` when the period is still running), stores the draw
 * with its seed and puts each drawn chat in the reviewers' inbox as a `sample` case with its
 * reason. The seed comes from the injected id generator: never Math.random.
 *
 * @example
 * const { draw, cases } = runSampleDraw(deps, { span, now, by: me.id, scheduled: false });
 */
export function runSampleDraw(
  deps: SampleDrawDeps,
  request: { span: PeriodSpan; now: Millis; by: ResponderId | null; scheduled: boolean },
): { draw: SampleDrawRecord; cases: QualityCaseRecord[] } {
  const { span, now } = request;
  const settings = sampleSettingsOf(deps.samples, deps.cooperative);
  const draw: SampleDrawRecord = {
    id: deps.ids.id('qd'),
    cooperativeId: deps.cooperative.id,
    period: span.key,
    periodStart: span.start,
    periodEnd: Math.min(span.end, now),
    seed: deps.ids.id('seed'),
    drawnAt: now,
    drawnBy: request.by,
    scheduled: request.scheduled,
    perResponder: settings.perResponder,
    perLibrary: settings.perLibrary,
  };
  const picks = picksOf(deps, draw, null);
  const cases = picks.map((pick) => sampleCase(deps, draw, pick));
  deps.samples.recordDraw(draw, cases);
  return { draw, cases };
}

/**
 * The picks a stored draw makes again from its stored seed, over the chats and history it saw
 * (chats started in its span and ended by its time, less those earlier draws took): equal to
 * what it drew while those chats are kept.
 *
 * @example
 * expect(replaySampleDraw(deps, draw).map((pick) => pick.chatId)).toEqual(drawnChatIds);
 */
export function replaySampleDraw(deps: SampleDrawDeps, draw: SampleDrawRecord): SamplePick[] {
  return picksOf(deps, draw, draw.id);
}

function picksOf(deps: SampleDrawDeps, draw: SampleDrawRecord, beforeDraw: string | null) {
  const span = { from: draw.periodStart, to: draw.periodEnd, endedBy: draw.drawnAt };
  return drawSample({
    seed: draw.seed,
    period: draw.period,
    settings: {
      period: DEFAULT_SAMPLE_SETTINGS.period,
      perResponder: draw.perResponder,
      perLibrary: draw.perLibrary,
    },
    candidates: deps.samples.sampleCandidates(draw.cooperativeId, span, beforeDraw),
    history: deps.samples.sampledSubjects(draw.cooperativeId, beforeDraw),
    responderName: (id) => deps.directory.responder(id as ResponderId)?.displayName ?? id,
    libraryName: (id) => deps.directory.library(id as LibraryId)?.name ?? id,
  });
}

function sampleCase(
  deps: SampleDrawDeps,
  draw: SampleDrawRecord,
  pick: SamplePick,
): QualityCaseRecord {
  return {
    id: deps.ids.id('qc'),
    cooperativeId: draw.cooperativeId,
    chatId: pick.chatId,
    source: 'sample',
    label: null,
    comment: '',
    createdBy: draw.drawnBy,
    createdAt: draw.drawnAt,
    state: 'new',
    assigneeId: null,
    dueAt: null,
    review: null,
    reviewedBy: null,
    reviewedAt: null,
    sample: { drawId: draw.id, subject: pick.subject, reason: pick.reason },
  };
}
