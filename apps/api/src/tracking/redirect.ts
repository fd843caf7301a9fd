import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { appendQueryParameters } from '#domain';
import { AppError, Clock, errorEnvelope } from '#core/platform/index.js';
import { buildClick, SUB_IDS, type SubIds, TrackingLookupService } from '#core/tracking/index.js';
import { Counter } from 'prom-client';
import { type MetricsService } from '../metrics/metrics.service.js';
import { type ClickIntakeService } from './click-intake.service.js';

const MAX_PARAMETER_LENGTH = 255;

const NOT_FOUND_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Link not found</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem; color: #222">
<h1>This link does not exist</h1>
<p>The tracking link you followed is unknown or was mistyped. Please check the address, or go to the shop directly.</p>
</body></html>`;

/** Control characters never reach storage (PostgreSQL refuses U+0000): a shopper's sub-ids lose them. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

function first(value: unknown): string | undefined {
  const single = Array.isArray(value) ? value[0] : value;
  if (typeof single !== 'string') return undefined;
  const clean = single.replace(CONTROL_CHARACTERS, '').slice(0, MAX_PARAMETER_LENGTH);
  return clean.length > 0 ? clean : undefined;
}

/**
 * GET /c/{code}: the hottest path of the product, registered on Fastify directly so that it skips
 * Nest's guards, pipes and interceptors. The link comes from the in-process cache, the click goes
 * to the Redis stream, and the 302 is sent only after the click is durable. When the click cannot
 * be recorded at all, the visitor is still sent on, without a click id that would name nothing.
 */
export function registerRedirect(
  fastify: FastifyInstance,
  lookup: TrackingLookupService,
  intake: ClickIntakeService,
  metrics: MetricsService,
  clock: Clock,
): void {
  // Counted when the answer is sent, whether or not the client stays to read it.
  const redirects = new Counter({
    name: 'pmx_redirects_total',
    help: 'Answers of GET /c/{code}: tracked (302 with a recorded click), untracked (302, click not recorded), unknown_code (404)',
    labelNames: ['outcome'] as const,
    registers: [metrics.registry],
  });
  fastify.get('/c/:code', async (request: FastifyRequest<{ Params: { code: string } }>, reply: FastifyReply) => {
    const target = await lookup.link(request.params.code);
    if (!target) {
      redirects.inc({ outcome: 'unknown_code' });
      const wantsHtml = (request.headers.accept ?? '').includes('text/html');
      return wantsHtml
        ? reply.code(404).type('text/html; charset=utf-8').send(NOT_FOUND_PAGE)
        : reply
            .code(404)
            .send(errorEnvelope(new AppError('not_found', `No tracking link with code "${request.params.code}"`)));
    }

    const query = request.query as Record<string, unknown>;
    const subIds: SubIds = {};
    for (const name of SUB_IDS) {
      const value = first(query[name]);
      if (value !== undefined) subIds[name] = value;
    }
    const click = buildClick({
      brand: target.brand,
      partner: target.partner,
      linkId: target.linkId,
      source: 'redirect',
      occurredAt: clock.now(),
      customerKey: first(query.cid),
      subIds,
      ip: request.ip,
      userAgent: request.headers['user-agent'],
    });

    let recorded = true;
    try {
      await intake.accept([click]);
    } catch {
      recorded = false;
    }
    redirects.inc({ outcome: recorded ? 'tracked' : 'untracked' });
    const parameters: [string, string][] = recorded ? [[target.brand.clickIdParam, click.id]] : [];
    for (const name of SUB_IDS) if (subIds[name] !== undefined) parameters.push([name, subIds[name]]);
    return reply
      .code(302)
      .header('Location', appendQueryParameters(target.destinationUrl, parameters))
      .header('Cache-Control', 'no-store')
      .send();
  });
}
