/** One plain-text email. Addresses are bare (`pat@example.org`); names go in `fromName`. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Where the recipient's answer goes; shown with `fromName` as its display name. */
  replyTo?: string;
  /** The sender's display name, e.g. the library's name; the address is the runtime's own. */
  fromName?: string;
}

/**
 * Sends email, provided by the runtime (nodemailer over SMTP on Node, an HTTP mail API on Cloudflare). `send` resolves once the
 * message is handed to the mail server and rejects when it could not be.
 *
 * @example
 * await deps.mailer.send({ to: 'pat@example.org', subject: 'Your question', text: 'Hello Pat...' });
 */
export interface Mailer {
  send(message: OutgoingEmail): Promise<void>;
  /**
   * True when no transport is configured and `send` only logs: the widget then does not offer
   * to email a transcript, and the room refuses such requests.
   */
  readonly logOnly?: boolean;
}
