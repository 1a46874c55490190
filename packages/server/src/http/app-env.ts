import type { Responder } from '../core/model.ts';
import type { Logger, SessionRecord } from '../core/ports/index.ts';

/** What middleware puts on a request's context. */
export interface AppEnv {
  Variables: {
    /** The signed-in responder, when the session cookie is valid. */
    responder: Responder | undefined;
    session: SessionRecord | undefined;
    /** Set for every request from `AppDeps.publicOrigin`; read it with `publicOrigin(c)`. */
    publicOrigin: string | undefined;
    /** This request's id (`X-Request-Id`, http/request-log.ts). */
    requestId: string;
    /** The app's logger bound to this request's id. */
    log: Logger;
  };
}
