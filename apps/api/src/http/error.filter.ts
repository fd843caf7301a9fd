import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError, ERROR_STATUS, type ErrorCode, errorEnvelope, isDatabaseUnavailable } from '#core/platform/index.js';

/** The general code of each status: the first listed for it (401 is unauthorized, not invalid_credentials). */
const CODE_BY_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(ERROR_STATUS)
    .reverse()
    .map(([code, status]) => [status, code as ErrorCode]),
);

/**
 * Turns every error into API.md's envelope `{ error: { code, message, details } }`. Client
 * mistakes keep their message; anything unexpected is logged with the request id and answered
 * as a 500 that names only that id.
 */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const error = this.toAppError(exception, request);
    if (error.code === 'internal') {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    } else if (error.code === 'unavailable') {
      this.logger.warn({ err: exception, requestId: request.id }, 'Dependency unavailable');
    }
    if (error.code === 'unavailable') void reply.header('Retry-After', '5');
    void reply.status(error.status).send(errorEnvelope(error));
  }

  private toAppError(exception: unknown, request: FastifyRequest): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status === 404) return new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
      return this.fromStatus(status, exception.message);
    }
    // Fastify's own errors (body parsing, content type, body size) carry a 4xx statusCode.
    const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return this.fromStatus(statusCode, (exception as Error).message);
    }
    if (isDatabaseUnavailable(exception)) {
      return new AppError('unavailable', 'The service is briefly unavailable; nothing was recorded. Retry shortly.');
    }
    return new AppError('internal', `Something went wrong on our side; quote request id ${request.id}`);
  }

  private fromStatus(status: number, message: string): AppError {
    const code = CODE_BY_STATUS[status] ?? (status < 500 ? 'validation_failed' : 'internal');
    if (code === 'validation_failed') return AppError.invalidField('body', message);
    return new AppError(code, message);
  }
}
