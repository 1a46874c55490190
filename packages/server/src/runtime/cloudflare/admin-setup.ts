import {
  type CooperativeId,
  CooperativeSetupRequestSchema,
  type ErrorCode,
  LibraryIdSchema,
  type ResponderId,
} from '@refdesk/protocol';
import * as v from 'valibot';
import { constantTimeEqual } from '../../core/constant-time-equal.ts';
import { hashToken } from '../../core/hash-token.ts';
import type { IdGenerator, Logger, PasswordHasher } from '../../core/ports/index.ts';
import { slugFrom } from '../../core/provisioning/cooperative-provisioning.ts';
import { describeSetup, planCooperativeSetup } from '../../core/provisioning/cooperative-setup.ts';
import { parseOrigin } from '../../realtime/parse-origin.ts';
import type { Stores } from '../../storage/open-storage.ts';

/** The admin API's one route: the first coordinator of a deployment's cooperative. */
export const ADMIN_SETUP_PATH = '/api/admin/setup';
const MAX_BODY_BYTES = 16 * 1024;

export interface AdminSetupDeps {
  /** REFDESK_ADMIN_TOKEN; unset, the admin API does not exist (404). */
  token: string | undefined;
  cooperativeId: CooperativeId;
  stores: Stores;
  passwords: PasswordHasher;
  ids: IdGenerator;
  logger: Logger;
}

const refusal = (status: number, code: ErrorCode, message: string) =>
  Response.json({ error: { code, message } }, { status });

/**
 * `POST /api/admin/setup` on Cloudflare, where no one can run `refdesk init` against the Durable
 * Object's database: with `Authorization: Bearer <REFDESK_ADMIN_TOKEN>`, creates the hostname's
 * cooperative, its home office and its first coordinator, once. `refdesk init --remote` calls it.
 *
 * @example
 * if (new URL(request.url).pathname === ADMIN_SETUP_PATH) return adminSetup(request, deps);
 */
export async function adminSetup(request: Request, deps: AdminSetupDeps): Promise<Response> {
  if (!deps.token) return refusal(404, 'not_found', 'No such page.');
  if (request.method !== 'POST') return refusal(404, 'not_found', 'No such page.');
  const given = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? '';
  if (!constantTimeEqual(hashToken(given), hashToken(deps.token))) {
    deps.logger.warn('admin.refused', { reason: 'token', cooperative: deps.cooperativeId });
    return refusal(401, 'unauthorized', 'The admin token is missing or wrong.');
  }
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    return refusal(413, 'validation', `The body is over ${MAX_BODY_BYTES} bytes.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refusal(400, 'validation', 'The body is not JSON.');
  }
  const parsed = v.safeParse(CooperativeSetupRequestSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const field = issue?.path?.map((item) => String(item.key)).join('.') ?? 'body';
    return refusal(400, 'validation', `${field}: ${issue?.message ?? 'invalid'}`);
  }
  const input = parsed.output;
  const { stores } = deps;
  if (stores.directory.cooperative(deps.cooperativeId)) {
    return refusal(409, 'conflict', `The cooperative "${deps.cooperativeId}" is set up already.`);
  }
  const libraryName = input.libraryName ?? `${input.cooperativeName} office`;
  const libraryId = v.safeParse(LibraryIdSchema, slugFrom(libraryName));
  if (!libraryId.success) return refusal(400, 'validation', 'libraryName: gives no usable id.');
  const setup = planCooperativeSetup(
    { directory: stores.directory, parseOrigin, accounts: stores.accounts },
    {
      cooperativeId: deps.cooperativeId,
      cooperativeName: input.cooperativeName,
      timezone: input.timezone,
      libraryId: libraryId.output,
      libraryName,
      coordinatorId: deps.ids.id('r') as ResponderId,
      coordinatorEmail: input.coordinatorEmail,
      coordinatorName: input.coordinatorName ?? input.coordinatorEmail.split('@')[0] ?? '',
    },
  );
  if (!setup.ok) {
    const status = setup.reason === 'conflict' ? 409 : 400;
    const code = setup.reason === 'conflict' ? 'conflict' : 'validation';
    return refusal(status, code, `${setup.field}: ${setup.message}`);
  }
  const passwordHash = await deps.passwords.hash(input.password);
  stores.db.transaction(() => {
    stores.directory.insertCooperative(setup.value.cooperative);
    stores.directory.insertLibrary(setup.value.library);
    stores.accounts.insertAccount({ responder: setup.value.coordinator, passwordHash });
  });
  deps.logger.info('admin.setup', { cooperative: deps.cooperativeId });
  return Response.json(describeSetup(setup.value), { status: 201 });
}
