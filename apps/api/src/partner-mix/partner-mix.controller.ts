import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CurrentBrand, Roles } from '#auth';
import { MixTargetError, parseMixTarget, parsePeriod, formatMoney } from '#domain';
import { BrandsService } from '#core/catalog/index.js';
import { AppError, Clock, type FieldProblem, type Page, PageQuery, parseMoneyField } from '#core/platform/index.js';
import {
  type MarketingSpend,
  type PartnerMixReport,
  PartnerMixReportService,
  PartnerMixSettingsService,
  type PartnerMixTarget,
} from '#core/reports/index.js';
import { ApiOkJsonOrFiles } from '../http/api-ok-formats.js';
import { IdPipe } from '../http/id.pipe.js';
import {
  MixTargetDto,
  MixTargetResponse,
  ReportFormatQuery,
  ReportListQuery,
  ReportRequestDto,
  SpendDto,
  SpendPage,
  SpendResponse,
} from './dto/partner-mix.dto.js';
import {
  PartnerMixReportPage,
  PartnerMixReportRequested,
  PartnerMixReportResponse,
  PartnerMixReportSummary,
} from './dto/partner-mix-report.dto.js';
import { partnerMixCsv } from './partner-mix-csv.js';

function presentTarget(target: PartnerMixTarget): MixTargetResponse {
  return {
    awareness: target.awareness,
    consideration: target.consideration,
    conversion: target.conversion,
    retention: target.retention,
    updatedAt: target.updatedAt.toISOString(),
  };
}

function presentSpend(spend: MarketingSpend): SpendResponse {
  return {
    id: spend.id,
    channel: spend.channel,
    periodStart: spend.periodStart,
    periodEnd: spend.periodEnd,
    amount: formatMoney(spend.amountMinor, spend.currency),
    currency: spend.currency,
    createdAt: spend.createdAt.toISOString(),
  };
}

/** The report's state, and its figures once done (lists leave the body out of their query). */
function presentReport(report: PartnerMixReport): PartnerMixReportResponse {
  return {
    id: report.id,
    status: report.status,
    quarter: report.quarter,
    trigger: report.trigger,
    createdAt: report.createdAt.toISOString(),
    startedAt: report.startedAt?.toISOString() ?? null,
    completedAt: report.completedAt?.toISOString() ?? null,
    ...(report.status === 'failed' && { error: report.error }),
    ...(report.status === 'done' && report.body),
  };
}

/**
 * Quarterly partner-mix reports and what they are measured against: the brand's target mix by
 * funnel role and its other marketing spend (for MER). Reports are built by the worker: one is
 * scheduled for every brand when a quarter closes in its time zone, and any can be asked for.
 */
@ApiTags('partner-mix reports')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1')
export class PartnerMixController {
  constructor(
    private readonly settings: PartnerMixSettingsService,
    private readonly reports: PartnerMixReportService,
    private readonly brands: BrandsService,
    private readonly clock: Clock,
  ) {}

  /** Replaces the target share of attributed revenue per role; the four shares sum to exactly 1. */
  @Put('partner-mix/target')
  @ApiOkResponse({ type: MixTargetResponse })
  async setTarget(@CurrentBrand() brandId: string, @Body() body: MixTargetDto): Promise<MixTargetResponse> {
    let target;
    try {
      target = parseMixTarget({ ...body });
    } catch (error) {
      if (error instanceof MixTargetError) throw AppError.invalidField(error.field, error.message);
      throw error;
    }
    return presentTarget(await this.settings.setTarget(brandId, target));
  }

  @Get('partner-mix/target')
  @ApiOkResponse({ type: MixTargetResponse })
  async getTarget(@CurrentBrand() brandId: string): Promise<MixTargetResponse> {
    const target = await this.settings.target(brandId);
    if (!target) throw new AppError('not_found', 'No target mix yet; set one with PUT /v1/partner-mix/target');
    return presentTarget(target);
  }

  /** Other marketing spend of a channel over a period (local days, both included), for MER. */
  @Post('spend')
  @HttpCode(201)
  @ApiCreatedResponse({ type: SpendResponse })
  async addSpend(@CurrentBrand() brandId: string, @Body() body: SpendDto): Promise<SpendResponse> {
    const brand = await this.brands.get(brandId);
    // What needs the brand, all at once: the DTO has checked the form of every field.
    const problems: FieldProblem[] = [];
    if (body.currency !== brand.currency) {
      problems.push({ field: 'currency', message: `currency must be the brand's currency, ${brand.currency}` });
    }
    if (body.periodEnd < body.periodStart) {
      problems.push({ field: 'periodEnd', message: 'periodEnd must be on or after periodStart' });
    }
    let amountMinor = 0;
    try {
      amountMinor = parseMoneyField(body.amount, brand.currency, 'amount');
      if (amountMinor < 0) problems.push({ field: 'amount', message: 'amount must be 0 or more' });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problems.push(...error.details);
    }
    if (problems.length > 0) throw AppError.validation(problems);
    const spend = await this.settings.addSpend(brandId, {
      channel: body.channel,
      periodStart: body.periodStart,
      periodEnd: body.periodEnd,
      amountMinor,
      currency: brand.currency,
    });
    return presentSpend(spend);
  }

  @Get('spend')
  @ApiOkResponse({ type: SpendPage, description: 'Spend in the order entered.' })
  async listSpend(@CurrentBrand() brandId: string, @Query() page: PageQuery): Promise<Page<SpendResponse>> {
    return this.settings.listSpend(brandId, page, presentSpend);
  }

  /** Asks for a report of a quarter (brand time zone) that has started; the worker builds it. */
  @Post('reports/partner-mix')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: PartnerMixReportRequested })
  async requestReport(
    @CurrentBrand() brandId: string,
    @Body() body: ReportRequestDto,
  ): Promise<PartnerMixReportRequested> {
    const brand = await this.brands.get(brandId);
    let start: Date;
    try {
      start = parsePeriod(body.quarter, brand.timezone).start;
    } catch (error) {
      throw AppError.invalidField('quarter', (error as Error).message);
    }
    if (start.getTime() > this.clock.now().getTime()) {
      throw AppError.invalidField('quarter', `${body.quarter} has not started yet in ${brand.timezone}`);
    }
    const report = await this.reports.request(brandId, body.quarter, 'on_demand');
    return { id: report.id, status: report.status, quarter: report.quarter };
  }

  @Get('reports/partner-mix')
  @ApiOkResponse({ type: PartnerMixReportPage, description: 'The reports without their figures.' })
  async listReports(
    @CurrentBrand() brandId: string,
    @Query() query: ReportListQuery,
  ): Promise<Page<PartnerMixReportSummary>> {
    const { quarter, ...page } = query;
    return this.settings.reports(brandId, quarter, page, presentReport);
  }

  /**
   * The report: `{status, quarter, …}` while queued or running; with `byRole`, `byType`,
   * `byPartner`, `target`, `mer`, `modelComparison`, `dataDriven` and `recommendations` when done.
   * `?format=csv` answers the figures as one CSV table (409 until the report is done).
   */
  @Get('reports/partner-mix/:id')
  @ApiOkJsonOrFiles(PartnerMixReportResponse, ['csv'], 'The report, or its status until it is done.')
  async getReport(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('partner-mix report')) id: string,
    @Query() query: ReportFormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerMixReportResponse | string> {
    const report = await this.settings.report(brandId, id);
    if (query.format !== 'csv') return presentReport(report);
    if (report.status !== 'done' || !report.body) {
      throw new AppError('conflict', `The report is ${report.status}; ask for the CSV once its status is done`);
    }
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="partner-mix-${report.quarter}.csv"`);
    return partnerMixCsv(report.body);
  }
}
