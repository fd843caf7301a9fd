import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError, errorEnvelope } from '#core/platform/index.js';

export const WEB_APP_PATH = '/app';

/** Where `npm run build` (vite build) writes the web app, relative to the repository root. */
export const DEFAULT_WEB_ROOT = resolve(process.cwd(), 'dist', 'web');

const ONE_YEAR = 'public, max-age=31536000, immutable';
/** A path whose last segment has a dot is a file (an asset, favicon.svg); anything else is a client route. */
const LOOKS_LIKE_FILE = /\/[^/]*\.[^/]*$/;

/**
 * The web app (apps/web, built by Vite into dist/web) at /app/: hashed files under /app/assets/
 * cached for a year, index.html never cached and answered for every client route, all of it
 * compressed. Compression is registered in this scope only, so the API and the /c redirect never
 * pay for it. `/` and `/apply/:brandSlug` (the address mailed to would-be partners) send here.
 */
export async function registerWebApp(fastify: FastifyInstance, root: string = DEFAULT_WEB_ROOT): Promise<void> {
  fastify.get('/', (_request, reply) => reply.redirect(`${WEB_APP_PATH}/`, 302));
  fastify.get<{ Params: { brandSlug: string } }>('/apply/:brandSlug', (request, reply) =>
    reply.redirect(`${WEB_APP_PATH}/apply/${encodeURIComponent(request.params.brandSlug)}`, 302),
  );
  fastify.get(WEB_APP_PATH, (_request, reply) => reply.redirect(`${WEB_APP_PATH}/`, 301));

  if (!existsSync(join(root, 'index.html'))) {
    const missing = (_request: FastifyRequest, reply: FastifyReply) =>
      reply
        .status(503)
        .header('Cache-Control', 'no-store')
        .send(
          errorEnvelope(
            new AppError('unavailable', 'The web app is not built into this API: run `npm run build`, then restart'),
          ),
        );
    fastify.get(`${WEB_APP_PATH}/`, missing);
    fastify.get(`${WEB_APP_PATH}/*`, missing);
    return;
  }

  await fastify.register(
    async (scope) => {
      await scope.register(fastifyCompress, { global: true, encodings: ['br', 'gzip'] });
      await scope.register(fastifyStatic, {
        root,
        serve: false,
        cacheControl: false,
        index: false,
        dotfiles: 'ignore',
        etag: true,
        lastModified: true,
        setHeaders: (reply, path) => {
          reply.header('Cache-Control', path.startsWith(join(root, 'assets')) ? ONE_YEAR : 'no-cache');
        },
      });
      scope.setNotFoundHandler((request, reply) =>
        reply.status(404).send(errorEnvelope(new AppError('not_found', `No file at ${request.url.split('?')[0]}`))),
      );
      const answer = (request: FastifyRequest<{ Params: { '*'?: string } }>, reply: FastifyReply) => {
        const path = request.params['*'] ?? '';
        // `send` refuses to leave the root (403); a path that tries is simply not one of our files.
        if (path.split('/').includes('..')) return reply.callNotFound();
        return path !== '' && LOOKS_LIKE_FILE.test(`/${path}`) ? reply.sendFile(path) : reply.sendFile('index.html');
      };
      // `/app` itself redirects to `/app/` (above): only the slashed root is the app's.
      scope.route({ method: 'GET', url: '/', prefixTrailingSlash: 'slash', handler: answer });
      scope.get('/*', answer);
    },
    { prefix: WEB_APP_PATH },
  );
}
