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
 * Sends email, provided by the runtime (nodemailer over SMTP on Node). `send` resolves once the
 * message is handed to the mail server and rejects when it could not be.
 *
 * @example
 * await deps.mailer.send({ to: 'pat@example.org', subject: 'Your question', text: 'Hello Pat...' });
 */
export interface Mailer {
  send(message: OutgoingEmail): Promise<void>;
}
