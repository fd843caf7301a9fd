import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type FunnelRole, type PartnerStatus } from '#domain';
import { Brand, Link, Partner } from '../catalog/index.js';
import { CacheInvalidationService, isUuid, TtlCache } from '../platform/index.js';

/** What ingestion needs to know about a brand. */
export interface BrandSettings {
  id: string;
  currency: string;
  timezone: string;
  clickIdParam: string;
  customerKeySecret: Buffer;
  /** Postbacks must be signed with the sending key's signing secret. */
  requireSignedPostbacks: boolean;
}

export interface PartnerSettings {
  id: string;
  brandId: string;
  role: FunnelRole;
  status: PartnerStatus;
}

/** Everything the redirect needs to answer without PostgreSQL. */
export interface LinkTarget {
  linkId: string;
  code: string;
  destinationUrl: string;
  brand: BrandSettings;
  partner: PartnerSettings;
}

const TTL_MS = 60_000;
/** Link codes are made of these (see the link DTO); anything else names no link. */
const LINK_CODE = /^[A-Za-z0-9_-]{1,64}$/;
const MISSING_TTL_MS = 5_000;

/**
 * Cached look-ups for the ingestion paths (redirect, clicks, conversions): a hot code, brand or
 * partner is read from PostgreSQL once a minute at most, and at once after a change anywhere
 * (cache invalidation over Redis). Unknown link codes are remembered briefly too, so that a flood
 * of bad codes does not reach the database.
 */
@Injectable()
export class TrackingLookupService {
  private readonly links = new TtlCache<string, LinkTarget | null>(TTL_MS, 200_000);
  private readonly brands = new TtlCache<string, BrandSettings | null>(TTL_MS, 10_000);
  private readonly partners = new TtlCache<string, PartnerSettings | null>(TTL_MS, 100_000);

  constructor(
    @InjectRepository(Link) private readonly linkRepository: Repository<Link>,
    @InjectRepository(Brand) private readonly brandRepository: Repository<Brand>,
    @InjectRepository(Partner) private readonly partnerRepository: Repository<Partner>,
    invalidation: CacheInvalidationService,
  ) {
    invalidation.onInvalidate(({ kind, id }) => {
      if (kind === 'brand') {
        this.brands.delete(id);
        this.links.deleteWhere((target) => target?.brand.id === id);
      } else if (kind === 'partner') {
        this.partners.delete(id);
        this.links.deleteWhere((target) => target?.partner.id === id);
      } else if (kind === 'link') {
        this.links.delete(id); // links are invalidated by code: a code may be cached as unknown
      }
    });
  }

  /** The link of a tracking code with its brand and partner; null when no link has that code. */
  async link(code: string): Promise<LinkTarget | null> {
    const cached = this.links.get(code);
    if (cached !== undefined) return cached;
    if (!LINK_CODE.test(code)) return null; // cannot be a code: no query, and nothing cached for it
    const link = await this.linkRepository.findOneBy({ code });
    const target = link
      ? {
          linkId: link.id,
          code: link.code,
          destinationUrl: link.destinationUrl,
          brand: (await this.brand(link.brandId)) as BrandSettings,
          partner: (await this.partner(link.brandId, link.partnerId)) as PartnerSettings,
        }
      : null;
    this.links.set(code, target, target ? TTL_MS : MISSING_TTL_MS);
    return target;
  }

  async brand(brandId: string): Promise<BrandSettings | null> {
    const cached = this.brands.get(brandId);
    if (cached !== undefined) return cached;
    const brand = await this.brandRepository.findOneBy({ id: brandId });
    const settings = brand
      ? {
          id: brand.id,
          currency: brand.currency,
          timezone: brand.timezone,
          clickIdParam: brand.clickIdParam,
          customerKeySecret: brand.customerKeySecret,
          requireSignedPostbacks: brand.requireSignedPostbacks,
        }
      : null;
    this.brands.set(brandId, settings, settings ? TTL_MS : MISSING_TTL_MS);
    return settings;
  }

  /** A partner of this brand; null for an unknown id (whatever it holds) or another brand's partner. */
  async partner(brandId: string, partnerId: string): Promise<PartnerSettings | null> {
    if (!isUuid(partnerId)) return null; // names nothing, and must not reach a uuid column
    const cached = this.partners.get(partnerId);
    if (cached !== undefined) return cached?.brandId === brandId ? cached : null;
    const partner = await this.partnerRepository.findOneBy({ id: partnerId });
    const settings = partner
      ? { id: partner.id, brandId: partner.brandId, role: partner.role, status: partner.status }
      : null;
    this.partners.set(partnerId, settings, settings ? TTL_MS : MISSING_TTL_MS);
    return settings?.brandId === brandId ? settings : null;
  }
}
