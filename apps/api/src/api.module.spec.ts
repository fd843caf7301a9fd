import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ALLOWED_ROLES, PUBLIC_ROUTE, SIGNED_IN } from '#auth';
import { ApiModule } from './api.module.js';

type Constructor = new (...args: never[]) => object;

interface Route {
  /** `Controller.handler` */
  handler: string;
  controllerPath: string;
  /** `GET /v1/me/links` */
  endpoint: string;
  rule: string | undefined;
}

/** Every route of the API, with the access rule the global guard will apply to it. */
function routes(): Route[] {
  const controllers: Constructor[] = Reflect.getMetadata('controllers', ApiModule);
  return controllers.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    const controllerPath: string = Reflect.getMetadata(PATH_METADATA, controller);
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor' && Reflect.hasMetadata(METHOD_METADATA, prototype[name] as object))
      .map((name) => {
        const handler = prototype[name] as object;
        const isPublic = Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller);
        const signedIn = Reflect.getMetadata(SIGNED_IN, handler) ?? Reflect.getMetadata(SIGNED_IN, controller);
        const roles: string[] | undefined =
          Reflect.getMetadata(ALLOWED_ROLES, handler) ?? Reflect.getMetadata(ALLOWED_ROLES, controller);
        const path = [controllerPath, Reflect.getMetadata(PATH_METADATA, handler) as string]
          .filter((part) => part !== '' && part !== '/')
          .join('/');
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        return {
          handler: `${controller.name}.${name}`,
          controllerPath,
          endpoint: `${method} /${path}`,
          rule: isPublic ? 'public' : signedIn ? 'signed-in' : roles?.join(','),
        };
      });
  });
}

describe(ApiModule.name, () => {
  it('declares who may call every route (@Roles or @Public), so none is open by accident', () => {
    const all = routes();
    expect(all.length).toBeGreaterThan(10);
    expect(all.filter((route) => route.rule === undefined)).toEqual([]);
  });

  it('opens only health, metrics, signing in and the program pages without a key; a new public route must be added here on purpose', () => {
    const open = routes()
      .filter((route) => route.rule === 'public')
      .map((route) => route.endpoint);
    expect(open.sort()).toEqual([
      'GET /health',
      'GET /metrics',
      'GET /v1/auth/invites/:token',
      'GET /v1/public/brands/:brandSlug',
      'POST /v1/auth/accept-invite',
      'POST /v1/auth/login',
      'POST /v1/auth/password-reset',
      'POST /v1/auth/password-reset/confirm',
      'POST /v1/public/brands/:brandSlug/applications',
    ]);
  });

  it("keeps the routes of one's own session for sessions (no API key), and nothing else", () => {
    const own = routes()
      .filter((route) => route.rule === 'signed-in')
      .map((route) => route.endpoint);
    expect(own.sort()).toEqual([
      'DELETE /v1/auth/sessions/:id',
      'GET /v1/auth/session',
      'GET /v1/auth/sessions',
      'POST /v1/auth/active-brand',
      'POST /v1/auth/logout',
    ]);
  });

  it('serves the partner portal (/v1/me) to partner keys only, from one Me…Controller per feature', () => {
    const all = routes();
    const portal = all.filter((route) => /^\w+ \/v1\/me(\/|$)/.test(route.endpoint));
    expect(portal.map((route) => `${route.endpoint} ${route.rule}`).sort()).toEqual([
      'DELETE /v1/me/postback-templates/:id partner',
      'GET /v1/me partner',
      'GET /v1/me/codes partner',
      'GET /v1/me/commissions partner',
      'GET /v1/me/commissions/summary partner',
      'GET /v1/me/daily partner',
      'GET /v1/me/links partner',
      'GET /v1/me/postback-templates partner',
      'GET /v1/me/statements partner',
      'GET /v1/me/statements/:id partner',
      'GET /v1/me/webhooks partner',
      'PATCH /v1/me/postback-templates/:id partner',
      'POST /v1/me/links partner',
      'POST /v1/me/postback-templates partner',
      'POST /v1/me/webhooks partner',
    ]);
    for (const route of portal) {
      expect(route.handler).toMatch(/^Me[A-Z]\w*Controller\./);
      expect(route.controllerPath).toBe('v1/me');
    }
    // And a Me…Controller serves nothing else.
    const others = all.filter((route) => /^Me[A-Z]/.test(route.handler) && !portal.includes(route));
    expect(others).toEqual([]);
  });
});
