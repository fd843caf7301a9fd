import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '#config';
import { Brand } from '../brands/brand.entity.js';
import {
  AppError,
  CacheInvalidationService,
  hostMatchesDomain,
  newId,
  type Page,
  type PageQuery,
  paginate,
  uniqueViolation,
} from '../../platform/index.js';
import { Partner } from '../partners/partner.entity.js';
import { Link } from './link.entity.js';

export const LINK_SUB_IDS = ['sub1', 'sub2', 'sub3', 'sub4', 'sub5'] as const;
export type LinkSubIds = Partial<Record<(typeof LINK_SUB_IDS)[number], string | null>>;

export interface CreateLinkInput extends LinkSubIds {
  destinationUrl: string;
  code?: string;
}

/** Letters and digits without look-alikes (0/O, 1/l/I), so codes survive being read aloud. */
const CODE_ALPHABET = '23456789abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const GENERATED_CODE_LENGTH = 8;

function generateCode(): string {
  let code = '';
  for (let i = 0; i < GENERATED_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

@Injectable()
export class LinksService {
  constructor(
    @InjectRepository(Link) private readonly links: Repository<Link>,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    @InjectRepository(Brand) private readonly brands: Repository<Brand>,
    private readonly config: AppConfig,
    private readonly invalidation: CacheInvalidationService,
  ) {}

  /** The public tracking URL of a link code, with the link's sub-ids as the redirect reads them. */
  trackingUrl(code: string, subIds: LinkSubIds = {}): string {
    const url = `${this.config.PUBLIC_BASE_URL.replace(/\/+$/, '')}/c/${encodeURIComponent(code)}`;
    const query = new URLSearchParams();
    for (const name of LINK_SUB_IDS) {
      const value = subIds[name];
      if (value) query.set(name, value);
    }
    return query.size > 0 ? `${url}?${query.toString()}` : url;
  }

  async create(brandId: string, partnerId: string, input: CreateLinkInput): Promise<Link> {
    const partner = await this.partners.findOneBy({ brandId, id: partnerId });
    if (!partner) throw AppError.notFound('partner', partnerId);
    const brand = await this.brands.findOneByOrFail({ id: brandId });
    const destinationUrl = this.checkDestination(brand, input.destinationUrl);

    // A generated code collides with probability ~n/56^8; retry a few times rather than fail.
    for (let attempt = 0; ; attempt++) {
      const link = this.links.create({
        id: newId(),
        brandId,
        partnerId,
        code: input.code ?? generateCode(),
        destinationUrl,
        ...Object.fromEntries(LINK_SUB_IDS.map((name) => [name, input[name]?.trim() || null])),
      });
      try {
        await this.links.insert(link);
        // The redirect may have cached this code as unknown a moment ago.
        await this.invalidation.publish('link', link.code);
        return link;
      } catch (error) {
        if (uniqueViolation(error) !== 'links_code') throw error;
        if (input.code) throw new AppError('conflict', `The link code "${input.code}" is taken; choose another`);
        if (attempt >= 4) throw error;
      }
    }
  }

  async listForPartner<Out>(
    brandId: string,
    partnerId: string,
    page: PageQuery,
    toOutput: (l: Link) => Out,
  ): Promise<Page<Out>> {
    if (!(await this.partners.existsBy({ brandId, id: partnerId }))) throw AppError.notFound('partner', partnerId);
    const query = this.links
      .createQueryBuilder('link')
      .where('link.brand_id = :brandId AND link.partner_id = :partnerId', { brandId, partnerId });
    return paginate(query, page, toOutput);
  }

  private checkDestination(brand: Brand, destinationUrl: string): string {
    let url: URL;
    try {
      url = new URL(destinationUrl);
    } catch {
      throw AppError.invalidField('destinationUrl', 'destinationUrl must be an absolute http(s) URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw AppError.invalidField('destinationUrl', 'destinationUrl must use http or https');
    }
    const host = url.hostname.toLowerCase();
    if (!brand.landingDomains.some((domain) => hostMatchesDomain(host, domain))) {
      throw AppError.invalidField(
        'destinationUrl',
        `destinationUrl must be on one of the brand's landing domains (${brand.landingDomains.join(', ')}); "${host}" is not`,
      );
    }
    return url.toString();
  }
}
