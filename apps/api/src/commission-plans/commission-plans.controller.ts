import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { BrandsService } from '#core/catalog/index.js';
import { CommissionPlansService, type CommissionPlanVersion, planOf } from '#core/plans/index.js';
import { type PlanPreview, PlanPreviewService } from '#core/attribution/index.js';
import { AppError, Clock, type Page, PageQuery } from '#core/platform/index.js';
import { TrackingLookupService } from '#core/tracking/index.js';
import { IdPipe } from '../http/id.pipe.js';
import {
  CommissionPlanBody,
  CommissionPlanPage,
  CommissionPlanResponse,
  PlanPreviewQuery,
  PlanPreviewResponse,
} from './commission-plans.dto.js';
import { planFromBody, planToBody } from './plan-body.js';

type PlanResponse = Record<string, unknown> & { id: string; inForce: boolean; createdAt: string };

const PLAN_EXAMPLE = {
  effectiveFrom: '2026-12-01T00:00:00+01:00',
  lookbackDays: 30,
  lockDays: 30,
  attribution: { model: 'role_weighted', base: 'position_based' },
  rules: [
    { role: 'awareness', cps: { rateBps: 1200 } },
    { role: 'conversion', cps: { rateBps: 500, tiers: [{ fromRevenue: '10000.00', rateBps: 700 }] } },
    { partnerType: 'creator', cps: { rateBps: 1000 }, cpa: { amount: '5.00' } },
  ],
  newCustomerBonus: { amount: '3.00' },
  caps: { perPartnerPerMonth: '5000.00' },
  codePolicy: 'touch',
};

/**
 * Versions of the brand's commission plan. A version is never changed: publishing one with a
 * later effectiveFrom replaces the terms from then on, and conversions before it keep theirs.
 */
@ApiTags('commission plans')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1/commission-plans')
export class CommissionPlansController {
  constructor(
    private readonly plans: CommissionPlansService,
    private readonly brands: BrandsService,
    private readonly lookup: TrackingLookupService,
    private readonly previews: PlanPreviewService,
    private readonly clock: Clock,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiBody({ type: CommissionPlanBody, examples: { plan: { value: PLAN_EXAMPLE } } })
  @ApiCreatedResponse({ type: CommissionPlanResponse, description: 'The stored version, money as decimal strings.' })
  async create(@CurrentBrand() brandId: string, @Body() body: unknown): Promise<PlanResponse> {
    const brand = await this.brands.get(brandId);
    const plan = planFromBody(body, brand.currency);
    for (const [index, rule] of plan.rules.entries()) {
      if (rule.partnerId !== undefined && !(await this.lookup.partner(brandId, rule.partnerId))) {
        throw AppError.invalidField(`rules[${index}].partnerId`, `No partner "${rule.partnerId}" in this brand`);
      }
    }
    const version = await this.plans.add(brandId, plan);
    const current = await this.plans.inForce(brandId, this.clock.now());
    return this.present(version, brand.currency, current?.id);
  }

  /**
   * What each partner would have earned in a past month or quarter (default: last month, brand
   * time zone) under a draft plan, beside what the ledger holds for the same conversions. Writes nothing.
   */
  @Post('preview')
  @HttpCode(200)
  @ApiBody({ type: CommissionPlanBody, examples: { plan: { value: PLAN_EXAMPLE } } })
  @ApiOkResponse({ type: PlanPreviewResponse, description: 'Per partner and in total: draft beside ledger.' })
  async preview(
    @CurrentBrand() brandId: string,
    @Body() body: unknown,
    @Query() query: PlanPreviewQuery,
  ): Promise<PlanPreview> {
    const brand = await this.brands.get(brandId);
    const plan = planFromBody(body, brand.currency);
    return this.previews.preview(brandId, plan, { period: query.period, last: query.last });
  }

  @Get()
  @ApiOkResponse({ type: CommissionPlanPage, description: 'In the order the versions were added.' })
  async list(@CurrentBrand() brandId: string, @Query() page: PageQuery): Promise<Page<PlanResponse>> {
    const brand = await this.brands.get(brandId);
    const current = await this.plans.inForce(brandId, this.clock.now());
    return this.plans.list(brandId, page, (version) => this.present(version, brand.currency, current?.id));
  }

  @Get(':id')
  @ApiOkResponse({ type: CommissionPlanResponse })
  async get(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('commission plan')) id: string,
  ): Promise<PlanResponse> {
    const brand = await this.brands.get(brandId);
    const version = await this.plans.get(brandId, id);
    const current = await this.plans.inForce(brandId, this.clock.now());
    return this.present(version, brand.currency, current?.id);
  }

  private present(version: CommissionPlanVersion, currency: string, inForceId: string | undefined): PlanResponse {
    return {
      id: version.id,
      ...planToBody(planOf(version), currency),
      inForce: version.id === inForceId,
      createdAt: version.createdAt.toISOString(),
    };
  }
}
