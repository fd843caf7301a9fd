import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CurrentBrand, Roles } from '#auth';
import { type Page } from '#core/platform/index.js';
import {
  type PresentedStatement,
  presentStatement,
  type StatementDocument,
  StatementsService,
} from '#core/payouts/index.js';
import { ApiOkJsonOrFiles } from '../http/api-ok-formats.js';
import { IdPipe } from '../http/id.pipe.js';
import { financeCsv, statementDocument } from './statement-documents.js';
import { StatementDocumentResponse, StatementPage, StatementResponse } from './statement-response.dto.js';
import { MarkPaidDto, RunStatementsDto, StatementFormatQuery, StatementListQuery } from './statements.dto.js';

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
  @ApiAcceptedResponse({ description: '`{ jobId, period }`: the statements appear under GET /v1/statements.' })
  async run(
    @CurrentBrand() brandId: string,
    @Body() body: RunStatementsDto,
  ): Promise<{ jobId: string; period: string }> {
    return this.statements.requestRun(brandId, body.period);
  }

  @Get('statements')
  @Roles('brand_manager')
  @ApiOkJsonOrFiles(StatementPage, ['csv'], 'The statements, or with `format=csv&period=` the finance CSV.')
  async list(
    @CurrentBrand() brandId: string,
    @Query() query: StatementListQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Page<PresentedStatement> | string> {
    if (query.format === 'csv' && query.period !== undefined) {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="payouts-${query.period}.csv"`);
      return financeCsv(await this.statements.due(brandId, query.period));
    }
    return this.statements.list(brandId, query, query, presentStatement);
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
