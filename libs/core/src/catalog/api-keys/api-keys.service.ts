import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import {
  AppError,
  CacheInvalidationService,
  Clock,
  newId,
  type Page,
  type PageQuery,
  paginate,
  TtlCache,
} from '../../platform/index.js';
import { Partner } from '../partners/partner.entity.js';
import { ApiKey, type ApiKeyRole } from './api-key.entity.js';

const ROLE_TAG: Record<ApiKeyRole, string> = { brand_manager: 'bm', network: 'nw', partner: 'pt' };
const PREFIX_LENGTH = 12;

export interface IssueApiKeyInput {
  role: ApiKeyRole;
  partnerId?: string;
  name: string;
}

export interface IssuedApiKey {
  apiKey: ApiKey;
  /** The key itself: returned once, never stored. */
  key: string;
}

/** Keys that post to the ingestion routes get a secret to sign postbacks with. */
const SIGNING_ROLES: readonly ApiKeyRole[] = ['brand_manager', 'network'];

function newSigningSecret(): string {
  return `pmx_ss_${randomBytes(24).toString('base64url')}`;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Every request authenticates: live keys are cached briefly, and revocation clears them everywhere. */
const KEY_TTL_MS = 30_000;
const UNKNOWN_KEY_TTL_MS = 5_000;

@Injectable()
export class ApiKeysService {
  private readonly liveKeys = new TtlCache<string, ApiKey | null>(KEY_TTL_MS, 50_000);

  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    private readonly invalidation: CacheInvalidationService,
    private readonly clock: Clock,
  ) {
    invalidation.onInvalidate(({ kind, id }) => {
      if (kind === 'api-key') this.liveKeys.delete(id);
    });
  }

  /** Creates a key for a brand; a partner key must name a partner of that brand. */
  async issue(brandId: string, input: IssueApiKeyInput): Promise<IssuedApiKey> {
    if (input.role === 'partner' && !input.partnerId) {
      throw AppError.invalidField('partnerId', 'partnerId is required for a partner key');
    }
    if (input.role !== 'partner' && input.partnerId) {
      throw AppError.invalidField('partnerId', `partnerId is only for partner keys, not ${input.role} keys`);
    }
    if (input.partnerId) {
      const exists = await this.partners.existsBy({ brandId, id: input.partnerId });
      if (!exists) throw AppError.notFound('partner', input.partnerId);
    }
    // 24 random bytes: 192 bits, so a plain SHA-256 of the key is a safe thing to store.
    const key = `pmx_${ROLE_TAG[input.role]}_${randomBytes(24).toString('base64url')}`;
    const apiKey = this.keys.create({
      id: newId(),
      brandId,
      role: input.role,
      partnerId: input.partnerId ?? null,
      name: input.name,
      prefix: key.slice(0, PREFIX_LENGTH),
      keyHash: hashApiKey(key),
      signingSecret: SIGNING_ROLES.includes(input.role) ? newSigningSecret() : null,
      revokedAt: null,
    });
    await this.keys.insert(apiKey);
    return { apiKey, key };
  }

  /**
   * Gives a key a new postback signing secret (the old one stops working at once everywhere) and
   * returns it; shown only then. `brandId` as for revoke.
   */
  async rotateSigningSecret(id: string, brandId: string | undefined): Promise<{ apiKey: ApiKey; secret: string }> {
    const apiKey = await this.keys.findOneBy(
      brandId === undefined ? { id, revokedAt: IsNull() } : { id, brandId, revokedAt: IsNull() },
    );
    if (!apiKey) throw AppError.notFound('API key', id);
    if (!SIGNING_ROLES.includes(apiKey.role)) {
      throw AppError.invalidField('id', `${apiKey.role} keys do not post postbacks and have no signing secret`);
    }
    const secret = newSigningSecret();
    await this.keys.update({ id }, { signingSecret: secret });
    await this.invalidation.publish('api-key', apiKey.keyHash);
    return { apiKey: { ...apiKey, signingSecret: secret }, secret };
  }

  /** The brand's live keys with their partner (never a key or its hash leaves here but by `toOutput`). */
  async list<Out>(brandId: string, page: PageQuery, toOutput: (apiKey: ApiKey) => Out): Promise<Page<Out>> {
    const query = this.keys
      .createQueryBuilder('key')
      .leftJoinAndSelect('key.partner', 'partner')
      .where('key.brand_id = :brandId AND key.revoked_at IS NULL', { brandId });
    return paginate(query, page, toOutput);
  }

  /** The live (not revoked) key with this secret, if any. */
  async findLiveKey(key: string): Promise<ApiKey | null> {
    const keyHash = hashApiKey(key);
    const cached = this.liveKeys.get(keyHash);
    if (cached !== undefined) return cached;
    const apiKey = await this.keys.findOneBy({ keyHash, revokedAt: IsNull() });
    this.liveKeys.set(keyHash, apiKey, apiKey ? KEY_TTL_MS : UNKNOWN_KEY_TTL_MS);
    return apiKey;
  }

  /**
   * Revokes a key. `brandId` limits the search to one brand (a manager revoking its own keys);
   * undefined is the operator, who may revoke any. Revoking twice is harmless.
   */
  async revoke(id: string, brandId: string | undefined): Promise<void> {
    const apiKey = await this.keys.findOneBy(brandId === undefined ? { id } : { id, brandId });
    if (!apiKey) throw AppError.notFound('API key', id);
    if (apiKey.revokedAt === null) await this.keys.update({ id }, { revokedAt: this.clock.now() });
    await this.invalidation.publish('api-key', apiKey.keyHash);
  }
}
