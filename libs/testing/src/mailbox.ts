import { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** Envelope recipients, lower-cased. */
  to: string[];
  from: string;
  subject: string;
  text: string;
}

export interface TestMailbox {
  /** `smtp://127.0.0.1:<port>`: pass as SMTP_URL to startTestApi. */
  smtpUrl: string;
  messages: ReceivedMail[];
  /** The first message to `to` that satisfies `predicate` (received or yet to come). */
  waitForMail: (to: string, predicate?: (mail: ReceivedMail) => boolean, seconds?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
}

/** The first URL in a mail's text that starts with `prefix` (a link the mail carries). */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const link = mail.text.split(/\s+/).find((word) => word.startsWith(prefix));
  if (!link) throw new Error(`No link starting ${prefix} in the mail "${mail.subject}":\n${mail.text}`);
  return link;
}

/**
 * A real SMTP server on 127.0.0.1 (any port, no TLS, no login) that keeps every message it is
 * given, parsed: mail is tested as it goes over the wire, never mocked.
 */
export async function startTestMailbox(): Promise<TestMailbox> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${port}`,
    messages,
    waitForMail: async (to, predicate = () => true, seconds = 10) => {
      const address = to.toLowerCase();
      const deadline = Date.now() + seconds * 1000;
      for (;;) {
        const found = messages.find((mail) => mail.to.includes(address) && predicate(mail));
        if (found) return found;
        if (Date.now() > deadline)
          throw new Error(`No mail to ${to} within ${seconds} s (${messages.length} received)`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
