import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { type FunnelRole, type PartnerStatus, type PartnerType } from '#domain';
import {
  AppError,
  CacheInvalidationService,
  newId,
  type Page,
  type PageQuery,
  paginate,
  uniqueViolation,
} from '../../platform/index.js';
import { Partner } from './partner.entity.js';

export interface CreatePartnerInput {
  name: string;
  type: PartnerType;
  role: FunnelRole;
  email?: string;
  externalRef?: string;
}

export interface UpdatePartnerInput {
  name?: string;
  email?: string | null;
  type?: PartnerType;
  role?: FunnelRole;
  status?: PartnerStatus;
}

export interface PartnerFilter {
  role?: FunnelRole;
  type?: PartnerType;
  status?: PartnerStatus;
}

/** Partners of one brand. Every method takes the brand id first: no query runs without it. */
@Injectable()
export class PartnersService {
  constructor(
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
    private readonly invalidation: CacheInvalidationService,
  ) {}

  /** `manager`: inside the caller's transaction (an approved application makes its partner so). */
  async create(brandId: string, input: CreatePartnerInput, manager?: EntityManager): Promise<Partner> {
    const partners = manager ? manager.getRepository(Partner) : this.partners;
    const partner = partners.create({
      id: newId(),
      brandId,
      name: input.name,
      type: input.type,
      role: input.role,
      status: 'active',
      email: input.email ?? null,
      externalRef: input.externalRef ?? null,
    });
    try {
      return await partners.save(partner);
    } catch (error) {
      if (uniqueViolation(error) === 'partners_brand_external_ref') {
        throw new AppError('conflict', `Another partner of this brand already has externalRef "${input.externalRef}"`);
      }
      throw error;
    }
  }

  async get(brandId: string, id: string): Promise<Partner> {
    const partner = await this.partners.findOneBy({ brandId, id });
    if (!partner) throw AppError.notFound('partner', id);
    return partner;
  }

  async list<Out>(
    brandId: string,
    filter: PartnerFilter,
    page: PageQuery,
    toOutput: (p: Partner) => Out,
  ): Promise<Page<Out>> {
    const query = this.partners.createQueryBuilder('partner').where('partner.brand_id = :brandId', { brandId });
    if (filter.role) query.andWhere('partner.role = :role', { role: filter.role });
    if (filter.type) query.andWhere('partner.type = :type', { type: filter.type });
    if (filter.status) query.andWhere('partner.status = :status', { status: filter.status });
    return paginate(query, page, toOutput);
  }

  async update(brandId: string, id: string, patch: UpdatePartnerInput): Promise<Partner> {
    const partner = await this.get(brandId, id);
    Object.assign(partner, Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)));
    const saved = await this.partners.save(partner);
    // Tracking caches hold the partner's role and status (a suspended partner's clicks earn nothing).
    await this.invalidation.publish('partner', id);
    return saved;
  }
}
