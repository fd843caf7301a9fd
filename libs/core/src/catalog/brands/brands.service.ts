import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import {
  AppError,
  CacheInvalidationService,
  Clock,
  newId,
  isSlug,
  type Page,
  type PageQuery,
  paginate,
  parseMoneyField,
  uniqueViolation,
} from '../../platform/index.js';
import { firstFreeSlug, slugFromName } from './brand-slug.js';
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
  /** Made from the name when not given. */
  slug?: string;
  programDescription?: string;
  programTerms?: string;
}

export interface UpdateBrandInput {
  name?: string;
  landingDomains?: string[];
  clickIdParam?: string;
  minimumPayout?: string;
  requireSignedPostbacks?: boolean;
  clickRetentionMonths?: number;
  slug?: string;
  programDescription?: string;
  programTerms?: string;
}

/** Attempts at a free slug made from the name when brands with the same name are created at once. */
const SLUG_ATTEMPTS = 5;

const slugTaken = (slug: string): AppError =>
  new AppError('conflict', `The slug "${slug}" is taken by another brand; choose another`, [
    { field: 'slug', message: `slug "${slug}" is taken` },
  ]);

/** Raw clicks are kept this many months unless the brand says otherwise. */
export const DEFAULT_CLICK_RETENTION_MONTHS = 13;

function minimumPayoutMinor(amount: string, currency: string): number {
  const minor = parseMoneyField(amount, currency, 'minimumPayout');
  if (minor < 0) throw AppError.invalidField('minimumPayout', 'minimumPayout must not be negative');
  return minor;
}

function uniqueDomains(domains: string[]): string[] {
  return [...new Set(domains.map((domain) => domain.toLowerCase()))];
}

@Injectable()
export class BrandsService {
  constructor(
    @InjectRepository(Brand) private readonly brands: Repository<Brand>,
    private readonly invalidation: CacheInvalidationService,
    private readonly clock: Clock,
  ) {}

  async create(input: CreateBrandInput): Promise<Brand> {
    for (let attempt = 1; ; attempt++) {
      const slug = input.slug ?? (await this.freeSlugFor(input.name));
      try {
        return await this.insert(input, slug);
      } catch (error) {
        if (uniqueViolation(error) !== 'brands_slug') throw error;
        // A slug asked for is the caller's to change; one made from the name was taken meanwhile.
        if (input.slug !== undefined || attempt >= SLUG_ATTEMPTS) throw slugTaken(slug);
      }
    }
  }

  private async freeSlugFor(name: string): Promise<string> {
    const base = slugFromName(name);
    const rows: { slug: string }[] = await this.brands.query(
      `SELECT slug FROM brands WHERE slug = $1 OR slug ~ ('^' || $1 || '-[0-9]+$')`,
      [base],
    );
    return firstFreeSlug(base, new Set(rows.map((row) => row.slug)));
  }

  private insert(input: CreateBrandInput, slug: string): Promise<Brand> {
    const brand = this.brands.create({
      id: newId(),
      slug,
      programDescription: input.programDescription ?? '',
      programTerms: input.programTerms ?? '',
      name: input.name,
      currency: input.currency,
      timezone: input.timezone,
      landingDomains: uniqueDomains(input.landingDomains),
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
    if (input.landingDomains !== undefined) brand.landingDomains = uniqueDomains(input.landingDomains);
    if (input.clickIdParam !== undefined) brand.clickIdParam = input.clickIdParam;
    if (input.minimumPayout !== undefined) {
      brand.minimumPayoutMinor = minimumPayoutMinor(input.minimumPayout, brand.currency);
    }
    if (input.requireSignedPostbacks !== undefined) brand.requireSignedPostbacks = input.requireSignedPostbacks;
    if (input.clickRetentionMonths !== undefined) brand.clickRetentionMonths = input.clickRetentionMonths;
    if (input.slug !== undefined) brand.slug = input.slug;
    if (input.programDescription !== undefined) brand.programDescription = input.programDescription;
    if (input.programTerms !== undefined) brand.programTerms = input.programTerms;
    let saved: Brand;
    try {
      saved = await this.brands.save(brand);
    } catch (error) {
      if (uniqueViolation(error) === 'brands_slug') throw slugTaken(brand.slug);
      throw error;
    }
    // Ingestion caches the brand's settings (signatures required or not).
    await this.invalidation.publish('brand', id);
    return saved;
  }

  async get(id: string): Promise<Brand> {
    const brand = await this.brands.findOneBy({ id });
    if (!brand) throw AppError.notFound('brand', id);
    return brand;
  }

  /**
   * Every brand, oldest first, for the operator; `search` matches a part of the name or the slug,
   * whatever the case (LIKE's wildcards in it are taken literally).
   */
  async list<Out>(search: string | undefined, page: PageQuery, toOutput: (brand: Brand) => Out): Promise<Page<Out>> {
    const query = this.brands.createQueryBuilder('brand');
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      query.where('(brand.name ILIKE :pattern OR brand.slug ILIKE :pattern)', { pattern });
    }
    return paginate(query, page, toOutput);
  }

  /** The brand at a public address (`/apply/{slug}`); a malformed slug is simply not found. */
  async getBySlug(slug: string): Promise<Brand> {
    const brand = isSlug(slug) ? await this.brands.findOneBy({ slug }) : null;
    if (!brand) throw new AppError('not_found', `No brand with slug "${slug}"`);
    return brand;
  }
}
