import type { LibraryId, ResponderId } from '@refdesk/protocol';
import type { Library, Responder } from '../model.ts';
import {
  canServe,
  decideRoute,
  offerRecipients,
  type RouteDecision,
  type RoutingCandidate,
  type RoutingChat,
} from '../routing/decide-route.ts';
import { isCoverageOpen } from './coverage-open.ts';
import type { LiveChat, LiveResponder } from './live-state.ts';
import type { RoomContext } from './room-context.ts';

/** Who should hold a chat's offer now, and how many online responders could serve it. */
export interface OfferPlan {
  recipients: ReadonlySet<ResponderId>;
  serving: number;
}

/**
 * What one pass of routing knows, looked up once: the online candidates and each home library.
 * Chats that share a home library and tier (and have no transfer target or declines) share one
 * decision and one offer plan, so a pass costs O(queued chats + responders), not their product.
 */
export interface RoutingSnapshot {
  candidates: RoutingCandidate[];
  routing(chat: LiveChat): RoutingChat | undefined;
  decide(chat: LiveChat, routing: RoutingChat, mode: 'stay' | 'advance'): RouteDecision;
  offers(chat: LiveChat, routing: RoutingChat): OfferPlan;
}

// Recipient sets that did not change keep their identity from one pass to the next, so a chat
// already offered to exactly that set is recognised in O(1) (see refreshOffers).
const stableRecipients = new WeakMap<RoomContext, Map<string, ReadonlySet<ResponderId>>>();

/**
 * Takes a routing snapshot. Valid while no responder's status, sockets or chat count changes:
 * one refresh, one routing decision.
 *
 * @example
 * const snapshot = createRoutingSnapshot(ctx);
 * const routing = snapshot.routing(chat);
 * if (routing) send(snapshot.offers(chat, routing).recipients);
 */
export function createRoutingSnapshot(ctx: RoomContext): RoutingSnapshot {
  const libraries = new Map<LibraryId, Library | undefined>();
  const library = (id: LibraryId) => {
    if (!libraries.has(id)) libraries.set(id, ctx.directory.library(id));
    return libraries.get(id);
  };
  const candidates = onlineCandidates(ctx, library);
  const coverage = new Map<LibraryId, boolean>();
  const decisions = new Map<string, RouteDecision>();
  const plans = new Map<string, OfferPlan>();
  const shared = stableRecipients.get(ctx) ?? new Map<string, ReadonlySet<ResponderId>>();
  stableRecipients.set(ctx, shared);
  // Chats with a target or declines are routed on their own.
  const keyOf = (chat: LiveChat, routing: RoutingChat) =>
    chat.target === null && chat.declinedBy.size === 0
      ? `${routing.home.id}|${routing.tier}|${routing.coverageOpen}`
      : undefined;
  const plan = (chat: LiveChat, routing: RoutingChat): OfferPlan => {
    const recipients = offerRecipients(routing, candidates, chat.declinedBy);
    return {
      recipients: new Set(recipients.map((candidate) => candidate.responder.id)),
      serving: candidates.filter((candidate) => canServe(candidate, routing, routing.tier)).length,
    };
  };
  return {
    candidates,
    routing(chat) {
      const home = library(chat.record.libraryId);
      if (!home) return undefined;
      let open = coverage.get(home.id);
      if (open === undefined) {
        open = isCoverageOpen(ctx, home, ctx.clock.now());
        coverage.set(home.id, open);
      }
      return { home, tier: chat.record.tier, target: chat.target, coverageOpen: open };
    },
    decide(chat, routing, mode) {
      const key = keyOf(chat, routing);
      if (key === undefined) return decideRoute(routing, candidates, mode);
      const memo = `${key}|${mode}`;
      const known = decisions.get(memo);
      if (known) return known;
      const decision = decideRoute(routing, candidates, mode);
      decisions.set(memo, decision);
      return decision;
    },
    offers(chat, routing) {
      const key = keyOf(chat, routing);
      if (key === undefined) return plan(chat, routing);
      let found = plans.get(key);
      if (!found) {
        found = plan(chat, routing);
        const before = shared.get(key);
        if (before && sameMembers(before, found.recipients)) found.recipients = before;
        else shared.set(key, found.recipients);
        plans.set(key, found);
      }
      return found;
    },
  };
}

/**
 * Responders who are connected and not away, with what the router needs to know. Uses the
 * profile the room was given when the responder's socket opened, and the directory otherwise.
 *
 * @example
 * const available = onlineCandidates(ctx).length > 0;
 */
export function onlineCandidates(
  ctx: RoomContext,
  library: (id: LibraryId) => Library | undefined = (id) => ctx.directory.library(id),
): RoutingCandidate[] {
  const result: RoutingCandidate[] = [];
  for (const live of ctx.responders.values()) {
    if (live.peers.size === 0 || live.status === 'away') continue;
    const responder = responderOf(ctx, live);
    const home = responder && library(responder.libraryId);
    if (!responder || !home) continue;
    result.push({ responder, library: home, status: live.status, openChats: live.chats.size });
  }
  return result;
}

/** A live responder's profile: as given when their socket opened, or from the directory. */
export function responderOf(ctx: RoomContext, live: LiveResponder): Responder | undefined {
  return live.profile ?? ctx.directory.responder(live.id);
}

function sameMembers(a: ReadonlySet<ResponderId>, b: ReadonlySet<ResponderId>): boolean {
  if (a.size !== b.size) return false;
  for (const id of b) if (!a.has(id)) return false;
  return true;
}
