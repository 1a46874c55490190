import { assertNever, type ResponderStatus, type Tier, TierSchema } from '@refdesk/protocol';
import type { Library, Responder } from '../model.ts';
import type { ChatTarget } from '../room/live-state.ts';

/** An online responder (connected, not away) the router may consider. */
export interface RoutingCandidate {
  responder: Responder;
  library: Library;
  status: Exclude<ResponderStatus, 'away'>;
  openChats: number;
}

/** The chat being routed. */
export interface RoutingChat {
  home: Library;
  tier: Tier;
  target: ChatTarget;
  /** Whether the cooperative covers the home library now. */
  coverageOpen: boolean;
}

export type RouteDecision =
  | { kind: 'wait'; tier: Tier; timerSeconds: number | null }
  | { kind: 'unavailable' };

const TIERS: readonly Tier[] = TierSchema.options;

/**
 * Whether a responder may be offered a chat of `home` at `tier`. Tiers widen: local is the home
 * library's own responders; group adds its group's libraries that staff the cooperative; the
 * cooperative adds every library that staffs it, but only within the home library's coverage hours.
 */
export function canServe(candidate: RoutingCandidate, chat: RoutingChat, tier: Tier): boolean {
  const target = chat.target;
  if (target?.kind === 'responder') return candidate.responder.id === target.responderId;
  if (target?.kind === 'library') return candidate.library.id === target.libraryId;
  if (candidate.library.id === chat.home.id) return true;
  if (candidate.status !== 'cooperative' || !candidate.library.staffsCooperative) return false;
  const sameGroup = chat.home.groupId !== null && candidate.library.groupId === chat.home.groupId;
  switch (tier) {
    case 'local':
      return false;
    case 'group':
      return sameGroup;
    case 'cooperative':
      return sameGroup || chat.coverageOpen;
    default:
      return assertNever(tier);
  }
}

/**
 * Picks the tier a waiting chat waits at. `stay` re-evaluates from the chat's tier (anyone there
 * counts); `advance` moves past it because its timer ran out. Either way a tier that adds nobody
 * online is skipped at once. Capacity is ignored: a busy librarian may free up, so a tier with
 * only busy responders still waits its timer. Nobody online at all: `unavailable`.
 *
 * @example
 * decideRoute({ home, tier: 'local', target: null, coverageOpen: true }, candidates, 'stay')
 * // -> { kind: 'wait', tier: 'cooperative', timerSeconds: null } when only another group is online
 */
export function decideRoute(
  chat: RoutingChat,
  candidates: RoutingCandidate[],
  mode: 'stay' | 'advance',
): RouteDecision {
  if (chat.target) {
    const anyone = candidates.some((candidate) => canServe(candidate, chat, chat.tier));
    return anyone
      ? { kind: 'wait', tier: chat.tier, timerSeconds: chat.home.settings.localTimerSeconds }
      : { kind: 'unavailable' };
  }
  const first = TIERS.indexOf(chat.tier) + (mode === 'advance' ? 1 : 0);
  for (const tier of TIERS.slice(first)) {
    if (tier === 'group' && chat.home.groupId === null) continue;
    const below =
      mode === 'stay' && tier === chat.tier ? undefined : TIERS[TIERS.indexOf(tier) - 1];
    const adds = candidates.some(
      (candidate) =>
        canServe(candidate, chat, tier) &&
        (below === undefined || !canServe(candidate, chat, below)),
    );
    if (adds) return { kind: 'wait', tier, timerSeconds: tierTimerSeconds(chat.home, tier) };
  }
  const top: Tier = 'cooperative';
  return candidates.some((candidate) => canServe(candidate, chat, top))
    ? { kind: 'wait', tier: top, timerSeconds: null }
    : { kind: 'unavailable' };
}

function tierTimerSeconds(home: Library, tier: Tier): number | null {
  if (tier === 'local') return home.settings.localTimerSeconds;
  if (tier === 'group') return home.settings.groupTimerSeconds;
  return null;
}

/** Who gets an offer now: able to serve at the chat's tier, below their maximum, not declined. */
export function offerRecipients(
  chat: RoutingChat,
  candidates: RoutingCandidate[],
  declinedBy: ReadonlySet<string>,
): RoutingCandidate[] {
  return candidates.filter(
    (candidate) =>
      canServe(candidate, chat, chat.tier) &&
      candidate.openChats < candidate.responder.maxChats &&
      !declinedBy.has(candidate.responder.id),
  );
}
