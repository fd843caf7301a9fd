import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CurrentBrand, Roles } from '#auth';
import { type Page } from '#core/platform/index.js';
import {
  type ListedStatement,
  presentListedStatement,
  type PresentedStatement,
  presentStatement,
  type StatementDocument,
  type StatementRun,
  StatementsService,
} from '#core/payouts/index.js';
import { ApiOkJsonOrFiles } from '../http/api-ok-formats.js';
import { IdPipe } from '../http/id.pipe.js';
import { financeCsv, statementDocument } from './statement-documents.js';
import {
  ListedStatementPage,
  StatementDocumentResponse,
  StatementResponse,
  StatementRunResponse,
  StatementsPaidResponse,
} from './statement-response.dto.js';
import {
  MarkManyPaidDto,
  MarkPaidDto,
  RunStatementsDto,
  StatementFormatQuery,
  StatementListQuery,
  StatementRunParams,
} from './statements.dto.js';

/**
 * Payout statements: a manager runs a month, lists and exports statements and marks them paid (a
 * partner reads its own: MeStatementsController). Documents come as JSON, CSV or PDF.
 */
@ApiTags('statements')
@ApiBearerAuth()
@Controller('v1')
export class StatementsController {
  constructor(private readonly statements: StatementsService) {}

  /** Checks the month now (a 400 or 409 here, not a failed job later), then builds it in the worker. */
  @Post('statements/run')
  @Roles('brand_manager')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description:
      '`{ jobId, period }`: follow the run at GET /v1/statements/runs/{period}; the statements appear under GET /v1/statements.',
  })
  async run(
    @CurrentBrand() brandId: string,
    @Body() body: RunStatementsDto,
  ): Promise<{ jobId: string; period: string }> {
    return this.statements.requestRun(brandId, body.period);
  }

  /** The run is a job in the worker: this is how the console watches it finish. */
  @Get('statements/runs/:period')
  @Roles('brand_manager')
  @ApiOkResponse({ type: StatementRunResponse, description: "Where the brand's run of the month stands." })
  async runState(@CurrentBrand() brandId: string, @Param() params: StatementRunParams): Promise<StatementRun> {
    return this.statements.run(brandId, params.period);
  }

  @Get('statements')
  @Roles('brand_manager')
  @ApiOkJsonOrFiles(ListedStatementPage, ['csv'], 'The statements, or with `format=csv&period=` the finance CSV.')
  async list(
    @CurrentBrand() brandId: string,
    @Query() query: StatementListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<ListedStatement> | string> {
    if (query.format === 'csv' && query.period !== undefined) {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="payouts-${query.period}.csv"`);
      return financeCsv(await this.statements.due(brandId, query.period));
    }
    const page = await this.statements.list(brandId, query, query, (statement) => statement);
    const clawbacks = await this.statements.clawbacks(page.data.map((statement) => statement.id));
    return {
      data: page.data.map((statement) => presentListedStatement(statement, clawbacks.get(statement.id) ?? 0)),
      nextCursor: page.nextCursor,
    };
  }

  @Get('statements/:id')
  @Roles('brand_manager')
  @ApiOkJsonOrFiles(
    StatementDocumentResponse,
    ['csv', 'pdf'],
    'The statement with its lines (json), its lines (csv), or the document (pdf).',
  )
  async get(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('statement')) id: string,
    @Query() query: StatementFormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatementDocument | string | Buffer> {
    return statementDocument(this.statements, await this.statements.get(brandId, id), query.format ?? 'json', reply);
  }

  /** One payment for several partners (a bank batch): all are marked paid with its reference, or none. */
  @Post('statements/paid')
  @Roles('brand_manager')
  @HttpCode(200)
  @ApiOkResponse({
    type: StatementsPaidResponse,
    description:
      'The statements, now paid. One of another brand is 404; one already paid or with nothing due is 409; then none is marked.',
  })
  async paidMany(
    @CurrentBrand() brandId: string,
    @Body() body: MarkManyPaidDto,
  ): Promise<{ data: PresentedStatement[] }> {
    const paid = await this.statements.markManyPaid(brandId, body.statementIds, body.reference);
    return { data: paid.map(presentStatement) };
  }

  @Post('statements/:id/paid')
  @Roles('brand_manager')
  @HttpCode(200)
  @ApiOkResponse({ type: StatementResponse, description: 'The statement, now paid. A second call is 409.' })
  async paid(
    @CurrentBrand() brandId: string,
    @Param('id', new IdPipe('statement')) id: string,
    @Body() body: MarkPaidDto,
  ): Promise<PresentedStatement> {
    return presentStatement(await this.statements.markPaid(brandId, id, body.reference));
  }
}
