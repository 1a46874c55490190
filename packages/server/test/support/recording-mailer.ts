import type { Mailer, OutgoingEmail } from '../../src/core/ports/index.ts';

/** A mailer that keeps what it was given; `failNext` makes the next send reject. */
export interface RecordingMailer extends Mailer {
  sent: OutgoingEmail[];
  failNext(): void;
  /** Resolves with the first sent email matching, now or when it is sent. */
  waitFor(match: (email: OutgoingEmail) => boolean): Promise<OutgoingEmail>;
}

/**
 * A Mailer for tests that records instead of sending.
 *
 * @example
 * const mailer = createRecordingMailer();
 * await mailer.waitFor((email) => email.to === 'pat@example.org');
 */
export function createRecordingMailer(): RecordingMailer {
  let failing = false;
  const waiters = new Set<() => void>();
  const mailer: RecordingMailer = {
    sent: [],
    failNext: () => {
      failing = true;
    },
    async send(message) {
      if (failing) {
        failing = false;
        throw new Error('SMTP server said no');
      }
      mailer.sent.push(message);
      for (const wake of [...waiters]) wake();
    },
    waitFor: (match) =>
      new Promise((resolve) => {
        const check = () => {
          const found = mailer.sent.find(match);
          if (found) {
            waiters.delete(check);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      }),
  };
  return mailer;
}
