import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '#config';
import { type LiveSession, SessionsService, UsersService } from '#core/accounts/index.js';
import { ApiKeysService } from '#core/catalog/index.js';
import { AppError } from '#core/platform/index.js';
import {
  ALLOWED_ROLES,
  BRAND_PATH_PARAM,
  PUBLIC_ROUTE,
  QUERY_KEY_ALLOWED,
  type RequestWithPrincipal,
  SIGNED_IN,
} from './decorators.js';
import { type Principal, type Role } from './principal.js';
import { type CookieRequest, CSRF_HEADER, sessionTokenOf } from './session-cookie.js';

interface HttpRequest extends RequestWithPrincipal, CookieRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  query?: Record<string, unknown>;
  params?: Record<string, string>;
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The global guard: every route needs a live key or session unless it is @Public, the caller's
 * role must be in the route's @Roles, and a brand id in the path must be the caller's own brand
 * (else 404). An `Authorization: Bearer` key wins over the session cookie; a cookie-authorised
 * unsafe request must carry the session's CSRF token (a key needs none: browsers never attach
 * one on their own).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);
  private readonly operatorKeyHash: Buffer;

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    config: AppConfig,
  ) {
    this.operatorKeyHash = sha256(config.OPERATOR_API_KEY);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const signedInRoute = this.reflector.getAllAndOverride<boolean>(SIGNED_IN, targets) ?? false;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const key = this.presentedKey(request, this.reflector.getAllAndOverride<boolean>(QUERY_KEY_ALLOWED, targets));
    let principal: Principal | undefined;
    if (key) {
      if (signedInRoute) {
        throw new AppError(
          'unauthorized',
          'This route is for people signed in to the web app; API keys have no session',
        );
      }
      principal = await this.authenticate(key, request);
      if (!principal) throw new AppError('unauthorized', 'This API key is not valid or has been revoked');
    } else {
      const token = sessionTokenOf(request);
      if (!token) {
        throw new AppError(
          'unauthorized',
          'Send your API key as "Authorization: Bearer <key>", or sign in to the web app',
        );
      }
      const live = await this.sessions.resolve(token);
      if (!live) throw new AppError('unauthorized', 'Your session has ended; sign in again');
      request.session = live;
      this.checkCsrf(request, live.session.csrfToken);
      if (signedInRoute) return true;
      principal = await this.sessionPrincipal(live);
      if (!principal) {
        throw new AppError(
          'unauthorized',
          'Your account has no access to this brand any more; switch brand or sign in again',
        );
      }
    }
    request.principal = principal;

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no @Roles; refusing`);
      throw new AppError('forbidden', 'This route is not open to any key');
    }
    if (!allowed.includes(principal.role)) {
      throw new AppError(
        'forbidden',
        principal.via.kind === 'session'
          ? `This route is for a ${allowed.join(' or ')}; you are signed in as a ${principal.role}`
          : `This route needs a ${allowed.join(' or ')} key; you sent a ${principal.role} key`,
      );
    }

    const brandParam = this.reflector.getAllAndOverride<string | undefined>(BRAND_PATH_PARAM, targets);
    if (brandParam && principal.role !== 'operator') {
      const brandId = request.params?.[brandParam];
      if (brandId !== principal.brandId) throw AppError.notFound('brand', String(brandId));
    }
    return true;
  }

  private presentedKey(request: HttpRequest, queryKeyAllowed: boolean | undefined): string | undefined {
    const header = request.headers.authorization;
    if (typeof header === 'string') {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match) throw new AppError('unauthorized', 'The Authorization header must read "Bearer <key>"');
      return match[1];
    }
    const fromQuery = queryKeyAllowed ? request.query?.key : undefined;
    return typeof fromQuery === 'string' && fromQuery.length > 0 ? fromQuery : undefined;
  }

  private async authenticate(key: string, request: HttpRequest): Promise<Principal | undefined> {
    if (timingSafeEqual(sha256(key), this.operatorKeyHash))
      return { role: 'operator', via: { kind: 'key', keyId: null } };
    if (!key.startsWith('pmx_') || key.length > 100) return undefined;
    const apiKey = await this.apiKeys.findLiveKey(key);
    if (!apiKey) return undefined;
    request.apiKey = apiKey;
    const via = { kind: 'key', keyId: apiKey.id } as const;
    if (apiKey.role === 'partner') {
      return { role: 'partner', brandId: apiKey.brandId, partnerId: apiKey.partnerId as string, via };
    }
    return { role: apiKey.role, brandId: apiKey.brandId, via };
  }

  /** A session acts as the key of its role would: the operator, or its membership in the active brand. */
  private async sessionPrincipal({ session, user }: LiveSession): Promise<Principal | undefined> {
    const via = { kind: 'session', sessionId: session.id, userId: user.id } as const;
    if (user.isOperator) return { role: 'operator', via };
    if (!session.activeBrandId) return undefined;
    const membership = await this.users.membershipIn(user.id, session.activeBrandId);
    if (!membership) return undefined;
    if (membership.role === 'partner') {
      return { role: 'partner', brandId: membership.brandId, partnerId: membership.partnerId as string, via };
    }
    return { role: 'brand_manager', brandId: membership.brandId, via };
  }

  /** Cookies ride along on cross-site requests; the token in a header proves the web app sent this one. */
  private checkCsrf(request: HttpRequest, expected: string): void {
    if (!UNSAFE_METHODS.has(request.method.toUpperCase())) return;
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !timingSafeEqual(sha256(sent), sha256(expected))) {
      throw new AppError(
        'csrf_failed',
        'Send the X-CSRF-Token header with the csrfToken of GET /v1/auth/session on every change made with the session cookie',
      );
    }
  }
}
