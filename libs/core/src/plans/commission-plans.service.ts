import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type CommissionPlan } from '#domain';
import { AppError, newId, type Page, type PageQuery, paginate, uniqueViolation } from '../platform/index.js';
import { CommissionPlanVersion } from './commission-plan.entity.js';
import { planInForce } from './plan-in-force.js';

/** Commission plan versions of one brand; every method takes the brand id first. */
@Injectable()
export class CommissionPlansService {
  constructor(@InjectRepository(CommissionPlanVersion) private readonly plans: Repository<CommissionPlanVersion>) {}

  /** Adds a version; the plan must already be valid (validatePlan) and its partners the brand's. */
  async add(brandId: string, plan: CommissionPlan): Promise<CommissionPlanVersion> {
    const { effectiveFrom, ...definition } = plan;
    const version = this.plans.create({ id: newId(), brandId, effectiveFrom, definition });
    try {
      await this.plans.insert(version);
    } catch (error) {
      if (uniqueViolation(error) !== 'commission_plans_brand_effective') throw error;
      throw new AppError(
        'conflict',
        `A plan version effective from ${effectiveFrom.toISOString()} exists; versions are never changed, ` +
          'so give the new one another effectiveFrom',
      );
    }
    return this.plans.findOneByOrFail({ id: version.id });
  }

  async list<Out>(
    brandId: string,
    page: PageQuery,
    toOutput: (version: CommissionPlanVersion) => Out,
  ): Promise<Page<Out>> {
    const query = this.plans.createQueryBuilder('plan').where('plan.brand_id = :brandId', { brandId });
    return paginate(query, page, toOutput);
  }

  /** One version of the brand's; another brand's id is not found, as a wrong one is. */
  async get(brandId: string, id: string): Promise<CommissionPlanVersion> {
    const version = await this.plans.findOneBy({ brandId, id });
    if (!version) throw AppError.notFound('commission plan', id);
    return version;
  }

  /** The version in force at `at`, if any. */
  async inForce(brandId: string, at: Date): Promise<CommissionPlanVersion | undefined> {
    return (await planInForce(this.plans.manager, brandId, at))?.version;
  }
}
