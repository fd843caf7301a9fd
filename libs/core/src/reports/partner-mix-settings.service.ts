import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type MixTarget } from '#domain';
import { AppError, newId, type Page, type PageQuery, paginate } from '../platform/index.js';
import { MarketingSpend, PartnerMixReport, PartnerMixTarget } from './partner-mix.entity.js';

export interface SpendInput {
  channel: string;
  periodStart: string;
  periodEnd: string;
  amountMinor: number;
  currency: string;
}

/** What the brand manager enters for the report (target mix, other spend) and the reports themselves. */
@Injectable()
export class PartnerMixSettingsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces the brand's target mix (one row per brand). */
  async setTarget(brandId: string, target: MixTarget): Promise<PartnerMixTarget> {
    const repository = this.dataSource.getRepository(PartnerMixTarget);
    await repository.upsert({ brandId, ...target }, ['brandId']);
    return repository.findOneByOrFail({ brandId });
  }

  async target(brandId: string): Promise<PartnerMixTarget | null> {
    return this.dataSource.getRepository(PartnerMixTarget).findOneBy({ brandId });
  }

  async addSpend(brandId: string, input: SpendInput): Promise<MarketingSpend> {
    const repository = this.dataSource.getRepository(MarketingSpend);
    const spend = repository.create({ id: newId(), brandId, ...input });
    await repository.insert(spend);
    return repository.findOneByOrFail({ id: spend.id });
  }

  async listSpend<Out>(brandId: string, page: PageQuery, toOutput: (spend: MarketingSpend) => Out): Promise<Page<Out>> {
    const query = this.dataSource
      .getRepository(MarketingSpend)
      .createQueryBuilder('spend')
      .where('spend.brand_id = :brandId', { brandId });
    return paginate(query, page, toOutput);
  }

  /** One of the brand's reports; another brand's is not found, like a missing one. */
  async report(brandId: string, id: string): Promise<PartnerMixReport> {
    const report = await this.dataSource.getRepository(PartnerMixReport).findOneBy({ id, brandId });
    if (!report) throw AppError.notFound('partner-mix report', id);
    return report;
  }

  async reports<Out>(
    brandId: string,
    quarter: string | undefined,
    page: PageQuery,
    toOutput: (report: PartnerMixReport) => Out,
  ): Promise<Page<Out>> {
    const query = this.dataSource
      .getRepository(PartnerMixReport)
      .createQueryBuilder('report')
      .select([
        'report.id',
        'report.brandId',
        'report.quarter',
        'report.status',
        'report.trigger',
        'report.error',
        'report.startedAt',
        'report.completedAt',
        'report.createdAt',
      ])
      .where('report.brand_id = :brandId', { brandId });
    if (quarter !== undefined) query.andWhere('report.quarter = :quarter', { quarter });
    return paginate(query, page, toOutput);
  }
}
