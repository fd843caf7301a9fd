import { type IncomingMessage } from 'node:http';
import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import { type Bindings, type ChildLoggerOptions } from 'pino';
import { redactUrl } from '#core/platform/index.js';

/**
 * Routes polled by machines, and the redirect: logging each call would drown the rest (and cost
 * the hot path); clicks are recorded and counted in /metrics instead.
 */
const QUIET_ROUTES = /^\/(health|metrics|c)(\/|\?|$)/;

/** One JSON line per request (not two), with the request id, route, status and duration. */
export class RequestLogController extends LogController {
  constructor() {
    super({ requestIdLogLabel: 'requestId', disableRequestLogging: (request) => QUIET_ROUTES.test(request.url) });
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    const line = {
      method: request.method,
      url: redactUrl(request.url),
      route: request.routeOptions.url ?? 'unmatched',
      statusCode: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }
}

/** The request's logger: a child carrying the request id, except on the redirect, which logs nothing. */
export function requestChildLogger(
  parent: FastifyBaseLogger,
  bindings: Bindings,
  options: ChildLoggerOptions,
  raw: IncomingMessage,
): FastifyBaseLogger {
  return raw.url?.startsWith('/c/') ? parent : parent.child(bindings, options);
}
