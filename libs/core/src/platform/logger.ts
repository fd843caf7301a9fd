import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { type LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import { type AppConfig } from '#config';

/**
 * Structured JSON logs for both processes: one pino logger per process, shared by Fastify (one
 * line per request, with its request id) and by Nest's Logger (named per class).
 */
export function createLogger(config: AppConfig, name: string): Logger {
  return pino({
    name,
    level: config.LOG_LEVEL,
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-partnermix-signature"]'],
      censor: '[REDACTED]',
    },
  });
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's X-Request-Id when it is sane, else makes one. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * The URL without secrets or personal data: GET postbacks may carry `key=` and signatures in the
 * query, an erasure names the customer key in its path, and an invite's preview its token.
 */
export function redactUrl(url: string): string {
  return url
    .replace(/([?&](?:key|sig|token|customer)=)[^&#]*/gi, '$1[REDACTED]')
    .replace(/^(\/v1\/customers\/)[^?#]*/i, '$1[REDACTED]')
    .replace(/^(\/v1\/auth\/invites\/)[^?#]*/i, '$1[REDACTED]');
}

/** Routes Nest's Logger (and its start-up messages) to pino, with the class name as `context`. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes (message, ...params, context); an object message carries structured fields. */
  private write(
    level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal',
    message: unknown,
    rest: unknown[],
  ): void {
    const params = [...rest];
    const context = typeof params[params.length - 1] === 'string' && params.length > 0 ? params.pop() : undefined;
    if (message !== null && typeof message === 'object' && !(message instanceof Error)) {
      this.logger[level]({ context, ...message }, typeof params[0] === 'string' ? params[0] : undefined);
    } else if (message instanceof Error) {
      this.logger[level]({ context, err: message }, message.message);
    } else {
      const stack = typeof params[0] === 'string' && level === 'error' ? params[0] : undefined;
      this.logger[level]({ context, ...(stack ? { stack } : {}) }, String(message));
    }
  }
}
