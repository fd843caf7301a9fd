import fastifyCookie from '@fastify/cookie';
import { type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SESSION_COOKIE } from '#auth';
import { type AppConfig, loadConfig } from '#config';
import { RedisService } from '#queue';
import { AppError, Clock, createLogger, errorEnvelope, PinoNestLogger, requestIdFor } from '#core/platform/index.js';
import { TrackingLookupService } from '#core/tracking/index.js';
import { ApiModule } from './api.module.js';
import { ErrorFilter } from './http/error.filter.js';
import { rejectHostileInput } from './http/input-guards.js';
import { rejectMalformedEscapes } from './http/malformed-url.js';
import { RequestLogController, requestChildLogger } from './http/request-log.js';
import { registerRateLimits } from './http/rate-limits.js';
import { registerSecurityHeaders } from './http/security-headers.js';
import { createValidationPipe } from './http/validation.js';
import { MetricsService } from './metrics/metrics.service.js';
import { mountQueuesDashboard } from './queues-dashboard/queues-dashboard.js';
import { ClickIntakeService } from './tracking/click-intake.service.js';
import { registerRedirect } from './tracking/redirect.js';
import { registerWebApp } from './web-app/web-app.js';

/** OpenAPI document of the API, served at /docs (UI) and /docs-json. */
function mountDocs(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Partnermix API')
      .setDescription(
        'Affiliate partner programs by funnel role. Errors: `{ "error": { "code", "message", "details" } }`.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
      .addCookieAuth(SESSION_COOKIE, { type: 'apiKey', in: 'cookie', description: 'Web app session (from sign-in)' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}

const MAX_PATH_PARAMETER = 1024;

/** Errors of Fastify's router (a malformed or overlong path), in the one error envelope. */
function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? `A path segment is longer than ${MAX_PATH_PARAMETER} characters`
      : 'The URL is malformed; encode each path segment with encodeURIComponent';
  void reply.status(400).send(errorEnvelope(AppError.invalidField('url', message)));
}

/** TRUST_PROXY as Fastify takes it: a boolean, or addresses and CIDRs. */
function trustProxySetting(value: string): boolean | string {
  return value === 'true' || value === 'false' ? value === 'true' : value;
}

/**
 * Builds the API application (not yet listening): Fastify with one JSON log line per request,
 * the one validation pipe and error filter, latency metrics, docs and the queue dashboard.
 * Used by main.ts and by the tests.
 */
export async function createApiApp(config: AppConfig = loadConfig()): Promise<NestFastifyApplication> {
  const logger = createLogger(config, 'api');
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    logController: new RequestLogController(),
    childLoggerFactory: requestChildLogger,
    genReqId: requestIdFor,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: trustProxySetting(config.TRUST_PROXY),
    // Path ids go up to 256 characters (customer keys), three times that URL-encoded.
    maxParamLength: MAX_PATH_PARAMETER,
    frameworkErrors: answerFrameworkError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.register(config), adapter, {
    logger: new PinoNestLogger(logger),
    // Postback signatures are computed over the body exactly as sent.
    rawBody: true,
  });
  // Sets the web app's session cookie at sign-in. No parsing hook: AuthGuard reads the cookie
  // only on routes that need a caller (sessionTokenOf), so the redirect's hot path skips it.
  await app.register(fastifyCookie, { hook: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ErrorFilter());
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  const { httpDuration } = app.get(MetricsService);
  registerRateLimits(fastify, config, app.get(RedisService));
  registerSecurityHeaders(fastify);
  fastify.addHook('onRequest', rejectMalformedEscapes);
  fastify.addHook('preValidation', rejectHostileInput);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('X-Request-Id', request.id);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    httpDuration.observe({ method: request.method, route, status_code: reply.statusCode }, reply.elapsedTime / 1000);
  });

  registerRedirect(
    fastify,
    app.get(TrackingLookupService),
    app.get(ClickIntakeService),
    app.get(MetricsService),
    app.get(Clock),
  );
  mountDocs(app);
  await app.init();
  await mountQueuesDashboard(app);
  await registerWebApp(fastify);
  await fastify.ready();
  return app;
}
