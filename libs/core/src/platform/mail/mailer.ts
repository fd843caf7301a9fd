import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { AppConfig } from '#config';
import { withTimeout } from '../persistence/timeout.js';

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text; links on lines of their own. */
  text: string;
}

/** What became of a message. */
export type MailOutcome = 'sent' | 'logged' | 'dropped';

/** SMTP_URL as nodemailer's options: smtps:// is TLS from the start, smtp:// upgrades when offered. */
function smtpOptions(smtpUrl: string, timeoutMs: number): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
  };
}

/**
 * Outgoing mail over SMTP (SMTP_URL). Without SMTP_URL outside production the message, links
 * included, is written to the log (info) so that a developer can follow it; in production it is
 * dropped with a warning, since a log is no place for sign-in links. A failure or a timeout
 * (MAIL_TIMEOUT_MS) rejects: callers decide whether it matters.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private transport: Transporter | undefined;

  constructor(private readonly config: AppConfig) {}

  onModuleInit(): void {
    if (!this.config.SMTP_URL && this.config.NODE_ENV === 'production') {
      this.logger.warn('SMTP_URL is not set: invites and password resets will not be mailed');
    }
  }

  async send(message: MailMessage): Promise<MailOutcome> {
    if (!this.config.SMTP_URL) {
      if (this.config.NODE_ENV === 'production') {
        this.logger.warn(`Mail "${message.subject}" not sent: SMTP_URL is not set`);
        return 'dropped';
      }
      this.logger.log({ mail: { from: this.config.MAIL_FROM, ...message } }, `Mail (not sent: SMTP_URL unset)`);
      return 'logged';
    }
    const timeout = this.config.MAIL_TIMEOUT_MS;
    this.transport ??= nodemailer.createTransport(smtpOptions(this.config.SMTP_URL, timeout));
    await withTimeout(
      this.transport.sendMail({
        from: this.config.MAIL_FROM,
        to: message.to,
        subject: message.subject,
        text: message.text,
      }),
      timeout,
      'The mail server',
    );
    return 'sent';
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
