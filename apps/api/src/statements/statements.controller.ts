import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CurrentBrand, CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { type Page, PageQuery } from '#core/platform/index.js';
import {
  type PresentedStatement,
  presentStatement,
  type Statement,
  type StatementDocument,
  StatementsService,
} from '#core/payouts/index.js';
import { ApiOkJsonOrFiles } from '../http/api-ok-formats.js';
import { IdPipe } from '../http/id.pipe.js';
import { financeCsv, presentLine, statementCsv, statementPdf } from './statement-documents.js';
import { StatementDocumentResponse, StatementPage, StatementResponse } from './statement-response.dto.js';
import { MarkPaidDto, RunStatementsDto, StatementFormatQuery, StatementListQuery } from './statements.dto.js';

/**
 * Payout statements: a manager runs a month, lists and exports statements and marks them paid;
 * a partner reads its own. Documents come as JSON, CSV or PDF.
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
    return this.document(await this.statements.get(brandId, id), query.format ?? 'json', reply);
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

  @Get('me/statements')
  @Roles('partner')
  @ApiOkResponse({ type: StatementPage, description: "The calling partner's own statements." })
  async mine(@CurrentPartner() me: PartnerPrincipal, @Query() page: PageQuery): Promise<Page<PresentedStatement>> {
    return this.statements.list(me.brandId, { partnerId: me.partnerId }, page, presentStatement);
  }

  @Get('me/statements/:id')
  @Roles('partner')
  @ApiOkJsonOrFiles(
    StatementDocumentResponse,
    ['csv', 'pdf'],
    "One of the calling partner's statements; another partner's is 404.",
  )
  async mineOne(
    @CurrentPartner() me: PartnerPrincipal,
    @Param('id', new IdPipe('statement')) id: string,
    @Query() query: StatementFormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatementDocument | string | Buffer> {
    return this.document(await this.statements.get(me.brandId, id, me.partnerId), query.format ?? 'json', reply);
  }

  private async document(
    statement: Statement,
    format: 'json' | 'csv' | 'pdf',
    reply: FastifyReply,
  ): Promise<StatementDocument | string | Buffer> {
    const parties = await this.statements.parties(statement);
    const lines = await this.statements.lines(statement, parties.timezone);
    const filename = `statement-${statement.period}-${parties.partnerName.replace(/[^A-Za-z0-9]+/g, '-')}`;
    if (format === 'csv') {
      void reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}.csv"`);
      return statementCsv(statement, lines);
    }
    if (format === 'pdf') {
      void reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename="${filename}.pdf"`);
      return statementPdf(statement, parties, lines);
    }
    return {
      ...presentStatement(statement),
      brand: parties.brandName,
      partner: { id: statement.partnerId, name: parties.partnerName, externalRef: parties.partnerExternalRef },
      lines: lines.map((line) => presentLine(line, statement.currency)),
    } satisfies StatementDocument;
  }
}
