import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { AppError, type FieldProblem } from '#core/platform/index.js';
import { type DayRange, OverviewService } from '#core/reports/index.js';
import { OverviewQuery, OverviewResponse, OverviewTodoResponse } from './overview.dto.js';

/** The first page of the manager's console: how a period went, and what waits to be done. */
@ApiTags('overview')
@ApiBearerAuth()
@ApiCookieAuth()
@Roles('brand_manager')
@Controller('v1/overview')
export class OverviewController {
  constructor(private readonly overview: OverviewService) {}

  /**
   * A period's figures (attributed revenue, conversions, clicks, commission cost, cost of sale,
   * MER, new customers, active partners) against the period of the same length just before, every
   * day of it, and the role mix against the target. Give `period`, or `from` and `to`.
   */
  @Get()
  @ApiOkResponse({ type: OverviewResponse })
  async get(@CurrentBrand() brandId: string, @Query() query: OverviewQuery): Promise<OverviewResponse> {
    if (query.period && (query.from !== undefined || query.to !== undefined)) {
      throw AppError.invalidField('period', 'give either period or from and to, not both');
    }
    const range = query.period ? await this.overview.resolvePeriod(brandId, query.period) : undefined;
    return this.overview.overview(brandId, range ?? daysOf(query));
  }

  /** Counts of what waits for the manager, each done on its own page of the console. */
  @Get('todo')
  @ApiOkResponse({ type: OverviewTodoResponse })
  async todo(@CurrentBrand() brandId: string): Promise<OverviewTodoResponse> {
    return this.overview.todo(brandId);
  }
}

/** `from` and `to` of a query without `period`, or a 400 naming what is missing (or both given). */
function daysOf(query: OverviewQuery): DayRange {
  const problems: FieldProblem[] = [];
  if (query.from === undefined) {
    problems.push({ field: 'from', message: 'from is required (YYYY-MM-DD) unless period is given' });
  }
  if (query.to === undefined) {
    problems.push({ field: 'to', message: 'to is required (YYYY-MM-DD) unless period is given' });
  }
  if (problems.length > 0) throw AppError.validation(problems);
  return { from: query.from as string, to: query.to as string };
}
