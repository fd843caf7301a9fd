import { type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError, errorEnvelope } from '#core/platform/index.js';

/**
 * API and postback URLs with a broken %-escape (`%E0%A4%A`) are refused with 400: the query
 * parser would otherwise keep the raw text and store a value the sender never meant. The tracking
 * redirect is left alone: a shopper's click goes through whatever its sub-ids look like.
 */
export async function rejectMalformedEscapes(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const url = request.url;
  if (!url.includes('%') || url.startsWith('/c/')) return;
  try {
    decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    const error = new AppError(
      'validation_failed',
      'The URL has a malformed %-escape; encode each parameter value with encodeURIComponent',
      [{ field: 'url', message: 'malformed %-escape' }],
    );
    await reply.status(error.status).send(errorEnvelope(error));
  }
}
