import type { Mailer } from '../../core/ports/index.ts';
import type { OutputGate } from './output-gate.ts';

/**
 * Sends mail behind the output gate, like every socket frame and HTTP response: an email (a
 * transcript, an invitation, a reset link) leaves only once the writes made before it was asked
 * for are on disk, so a crash cannot leave a sent email about something the database forgot.
 *
 * @example
 * const mailer = gateMailer(mailerOrDefault(options.mailer, logger).mailer, gate);
 */
export function gateMailer(mailer: Mailer, gate: OutputGate): Mailer {
  return {
    ...(mailer.logOnly ? { logOnly: true } : {}),
    async send(message) {
      await gate.settled();
      await mailer.send(message);
    },
  };
}
