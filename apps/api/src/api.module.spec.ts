import 'reflect-metadata';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from '#auth';
import { ApiModule } from './api.module.js';

type Constructor = new (...args: never[]) => object;

/** Every route of the API, with the access rule the global guard will apply to it. */
function routes(): { route: string; rule: string | undefined }[] {
  const controllers: Constructor[] = Reflect.getMetadata('controllers', ApiModule);
  return controllers.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor' && Reflect.hasMetadata(METHOD_METADATA, prototype[name] as object))
      .map((name) => {
        const handler = prototype[name] as object;
        const isPublic = Reflect.getMetadata(PUBLIC_ROUTE, handler) ?? Reflect.getMetadata(PUBLIC_ROUTE, controller);
        const roles: string[] | undefined =
          Reflect.getMetadata(ALLOWED_ROLES, handler) ?? Reflect.getMetadata(ALLOWED_ROLES, controller);
        return {
          route: `${controller.name}.${name} ${Reflect.getMetadata(PATH_METADATA, controller)}/${Reflect.getMetadata(PATH_METADATA, handler)}`,
          rule: isPublic ? 'public' : roles?.join(','),
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

  it('opens only health and metrics without a key; a new public route must be added here on purpose', () => {
    const open = routes()
      .filter((route) => route.rule === 'public')
      .map((route) => route.route.split(' ')[0]);
    expect(open.sort()).toEqual(['HealthController.health', 'MetricsController.scrape']);
  });
});
