import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppConfig } from '#config';
import { ApiKeysService } from '#core/catalog/index.js';
import { AppError } from '#core/platform/index.js';
import {
  ALLOWED_ROLES,
  BRAND_PATH_PARAM,
  PUBLIC_ROUTE,
  QUERY_KEY_ALLOWED,
  type RequestWithPrincipal,
} from './decorators.js';
import { type Principal, type Role } from './principal.js';

interface HttpRequest extends RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
  query?: Record<string, unknown>;
  params?: Record<string, string>;
}

const sha256 = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * The global guard: every route needs a live key unless it is @Public, the key's role must be in
 * the route's @Roles, and a brand id in the path must be the key's own brand (else 404).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);
  private readonly operatorKeyHash: Buffer;

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    config: AppConfig,
  ) {
    this.operatorKeyHash = sha256(config.OPERATOR_API_KEY);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;

    const request = context.switchToHttp().getRequest<HttpRequest>();
    const key = this.presentedKey(request, this.reflector.getAllAndOverride<boolean>(QUERY_KEY_ALLOWED, targets));
    if (!key) throw new AppError('unauthorized', 'Send your API key as "Authorization: Bearer <key>"');
    const principal = await this.authenticate(key, request);
    if (!principal) throw new AppError('unauthorized', 'This API key is not valid or has been revoked');
    request.principal = principal;

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no @Roles; refusing`);
      throw new AppError('forbidden', 'This route is not open to any key');
    }
    if (!allowed.includes(principal.role)) {
      throw new AppError(
        'forbidden',
        `This route needs a ${allowed.join(' or ')} key; you sent a ${principal.role} key`,
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
    if (timingSafeEqual(sha256(key), this.operatorKeyHash)) return { role: 'operator' };
    if (!key.startsWith('pmx_') || key.length > 100) return undefined;
    const apiKey = await this.apiKeys.findLiveKey(key);
    if (!apiKey) return undefined;
    request.apiKey = apiKey;
    if (apiKey.role === 'partner') {
      return { role: 'partner', brandId: apiKey.brandId, partnerId: apiKey.partnerId as string, keyId: apiKey.id };
    }
    return { role: apiKey.role, brandId: apiKey.brandId, keyId: apiKey.id };
  }
}
