import { type FastifyInstance, type FastifyReply, type FastifyRequest, type HookHandlerDoneFunction } from 'fastify';
import helmet from 'helmet';

/** Pages a person opens in a browser (OpenAPI UI, queue dashboard): their scripts and styles must run. */
const BROWSER_PAGES = /^\/(?:docs|admin\/queues)(?:[/?-]|$)/;
/** The web app (apps/web): its own bundled scripts only; Mantine writes inline styles. */
const WEB_APP = /^\/app(?:[/?]|$)/;

type Middleware = (request: unknown, response: unknown, next: (error?: unknown) => void) => void;

/**
 * Helmet's secure headers on every answer (HSTS, nosniff, frame and referrer policies, ...),
 * built once, not per request. JSON answers get a CSP that allows nothing, since nothing in them
 * should ever run; /docs and /admin/queues keep helmet's other headers but no CSP, because the
 * Swagger UI and bull-board pages run inline code; the web app at /app/ gets a CSP of its own
 * (its scripts from this origin only, inline styles for Mantine). The tracking redirect is left alone: a 302
 * without a body gains nothing from them, and it is the hot path.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  const api = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  }) as Middleware;
  const pages = helmet({ contentSecurityPolicy: false }) as Middleware;
  const webApp = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables in style attributes and <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  }) as Middleware;
  fastify.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    const url = request.url;
    if (url.startsWith('/c/')) return done();
    const headers = WEB_APP.test(url) ? webApp : BROWSER_PAGES.test(url) ? pages : api;
    headers(request.raw, reply.raw, () => done());
  });
}
