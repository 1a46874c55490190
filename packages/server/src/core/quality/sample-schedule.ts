import type { Millis } from '../model.ts';
import type { Logger } from '../ports/index.ts';
import type { BoundarySource } from '../room/room-scheduler.ts';
import { runSampleDraw, type SampleDrawDeps, sampleSettingsOf } from './run-sample-draw.ts';
import { periodAt, periodBefore } from './sample-period.ts';

/**
 * The rotating random sample as a room scheduler source: at the start of each period (in the
 * cooperative's time zone) it draws the period that just ended, once. It asks for a timer only
 * while the current period has answered chats, so an idle cooperative keeps none.
 *
 * @example
 * ctx.scheduler.register(createSampleSchedule({ cooperative, samples, directory, ids, logger }));
 */
export function createSampleSchedule(deps: SampleDrawDeps & { logger: Logger }): BoundarySource {
  const { cooperative, samples } = deps;
  const spans = (now: Millis) => {
    const { period } = sampleSettingsOf(samples, cooperative);
    const current = periodAt(now, period, cooperative.timezone);
    return { current, previous: periodBefore(current, period, cooperative.timezone) };
  };
  // What cannot turn false again, remembered so that each rearm of the scheduler asks SQL only
  // for the settings: a period whose draw is stored, and a current period with answered chats.
  const drawn = new Set<string>();
  const busy = new Set<string>();
  const previousDue = (previous: ReturnType<typeof spans>['previous']) => {
    if (drawn.has(previous.key)) return false;
    if (samples.hasScheduledDraw(cooperative.id, previous.key)) {
      drawn.add(previous.key);
      return false;
    }
    return samples.hasAnsweredChats(cooperative.id, previous.start, previous.end);
  };
  const hasAnswered = (current: ReturnType<typeof spans>['current']) => {
    if (busy.has(current.key)) return true;
    const answered = samples.hasAnsweredChats(cooperative.id, current.start, current.end);
    if (answered) busy.add(current.key);
    return answered;
  };
  return {
    next(now) {
      const { current, previous } = spans(now);
      if (previousDue(previous)) return now;
      return hasAnswered(current) ? current.end : undefined;
    },
    due(now) {
      const { previous } = spans(now);
      if (!previousDue(previous)) return;
      const { cases } = runSampleDraw(deps, { span: previous, now, by: null, scheduled: true });
      deps.logger.info('quality sample drawn', {
        cooperativeId: cooperative.id,
        period: previous.key,
        chats: cases.length,
      });
    },
  };
}
