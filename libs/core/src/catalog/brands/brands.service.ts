import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError, CacheInvalidationService, Clock, newId, parseMoneyField } from '../../platform/index.js';
import { Brand } from './brand.entity.js';

export const DEFAULT_CLICK_ID_PARAM = 'pmx_cid';

export interface CreateBrandInput {
  name: string;
  currency: string;
  timezone: string;
  landingDomains: string[];
  clickIdParam?: string;
  minimumPayout?: string;
  requireSignedPostbacks?: boolean;
  clickRetentionMonths?: number;
}

export interface UpdateBrandInput {
  name?: string;
  minimumPayout?: string;
  requireSignedPostbacks?: boolean;
  clickRetentionMonths?: number;
}

/** Raw clicks are kept this many months unless the brand says otherwise. */
export const DEFAULT_CLICK_RETENTION_MONTHS = 13;

function minimumPayoutMinor(amount: string, currency: string): number {
  const minor = parseMoneyField(amount, currency, 'minimumPayout');
  if (minor < 0) throw AppError.invalidField('minimumPayout', 'minimumPayout must not be negative');
  return minor;
}

@Injectable()
export class BrandsService {
  constructor(
    @InjectRepository(Brand) private readonly brands: Repository<Brand>,
    private readonly invalidation: CacheInvalidationService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateBrandInput): Promise<Brand> {
    const brand = this.brands.create({
      id: newId(),
      name: input.name,
      currency: input.currency,
      timezone: input.timezone,
      landingDomains: [...new Set(input.landingDomains.map((domain) => domain.toLowerCase()))],
      clickIdParam: input.clickIdParam ?? DEFAULT_CLICK_ID_PARAM,
      minimumPayoutMinor:
        input.minimumPayout === undefined ? 0 : minimumPayoutMinor(input.minimumPayout, input.currency),
      customerKeySecret: randomBytes(32),
      requireSignedPostbacks: input.requireSignedPostbacks ?? false,
      clickRetentionMonths: input.clickRetentionMonths ?? DEFAULT_CLICK_RETENTION_MONTHS,
      // On the business clock: the scheduled reports start with the first quarter the brand saw.
      createdAt: this.clock.now(),
    });
    return this.brands.save(brand);
  }

  async update(id: string, input: UpdateBrandInput): Promise<Brand> {
    const brand = await this.get(id);
    if (input.name !== undefined) brand.name = input.name;
    if (input.minimumPayout !== undefined) {
      brand.minimumPayoutMinor = minimumPayoutMinor(input.minimumPayout, brand.currency);
    }
    if (input.requireSignedPostbacks !== undefined) brand.requireSignedPostbacks = input.requireSignedPostbacks;
    if (input.clickRetentionMonths !== undefined) brand.clickRetentionMonths = input.clickRetentionMonths;
    const saved = await this.brands.save(brand);
    // Ingestion caches the brand's settings (signatures required or not).
    await this.invalidation.publish('brand', id);
    return saved;
  }

  async get(id: string): Promise<Brand> {
    const brand = await this.brands.findOneBy({ id });
    if (!brand) throw AppError.notFound('brand', id);
    return brand;
  }
}
