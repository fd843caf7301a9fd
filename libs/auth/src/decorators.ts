import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { type LiveSession } from '#core/accounts/index.js';
import { type ApiKey } from '#core/catalog/index.js';
import { AppError } from '#core/platform/index.js';
import { type BrandPrincipal, type PartnerPrincipal, type Principal, type Role } from './principal.js';

export const PUBLIC_ROUTE = 'pmx:public';
export const ALLOWED_ROLES = 'pmx:roles';
export const BRAND_PATH_PARAM = 'pmx:brand-param';
export const QUERY_KEY_ALLOWED = 'pmx:query-key';
export const SIGNED_POSTBACK = 'pmx:signed-postback';
export const SIGNED_IN = 'pmx:signed-in';

/** The route needs no key (tracking redirect, health, docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);

/**
 * The route is for a person's own session (sign-out, the session's state, its list of sessions):
 * any live session may call it, whatever its memberships; API keys may not.
 */
export const SignedIn = (): MethodDecorator & ClassDecorator => SetMetadata(SIGNED_IN, true);

/**
 * Roles that may call the route. Every route that is not @Public must say; a route without
 * @Roles refuses everybody, so forgetting it can never open a route.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ALLOWED_ROLES, roles);

/**
 * The route's path parameter `name` is a brand id: a brand-scoped key whose brand differs gets
 * 404, exactly as if the brand did not exist. The operator passes.
 */
export const BrandInPath = (name = 'brandId'): MethodDecorator & ClassDecorator => SetMetadata(BRAND_PATH_PARAM, name);

/** GET postbacks: networks can only fire URLs, so the key may come as `?key=` as well. */
export const KeyInQueryAllowed = (): MethodDecorator & ClassDecorator => SetMetadata(QUERY_KEY_ALLOWED, true);

/**
 * A postback route: a signature, when sent, must be right, and the brand may require one
 * (PostbackSignatureGuard).
 */
export const SignedPostback = (): MethodDecorator & ClassDecorator => SetMetadata(SIGNED_POSTBACK, true);

export interface RequestWithPrincipal {
  principal?: Principal;
  /** The stored key behind a brand-scoped principal. */
  apiKey?: ApiKey;
  /** The session behind a principal from the session cookie. */
  session?: LiveSession;
}

function principalOf(context: ExecutionContext): Principal {
  const principal = context.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) throw new AppError('unauthorized', 'Send your API key as "Authorization: Bearer <key>"');
  return principal;
}

/** The caller's session (on @SignedIn routes, and on any route called with the session cookie). */
export const CurrentSession = createParamDecorator((_: unknown, context: ExecutionContext): LiveSession => {
  const session = context.switchToHttp().getRequest<RequestWithPrincipal>().session;
  if (!session) throw new AppError('unauthorized', 'Sign in first: this route is for the web app session');
  return session;
});

/** The caller, whatever its role. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext) => principalOf(context));

/**
 * The brand every query of the handler is limited to: taken from the key, never from the request,
 * so a brand-scoped route cannot be pointed at another tenant.
 */
export const CurrentBrand = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const principal = principalOf(context);
  if (principal.role === 'operator') {
    throw new AppError('forbidden', 'The operator key manages brands and keys; use a brand_manager key for this route');
  }
  return (principal as BrandPrincipal).brandId;
});

/** The calling partner (brand and partner id) of a `/v1/me/...` route. */
export const CurrentPartner = createParamDecorator((_: unknown, context: ExecutionContext): PartnerPrincipal => {
  const principal = principalOf(context);
  if (principal.role !== 'partner') throw new AppError('forbidden', 'This route is for partner keys');
  return principal;
});
