import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { type Page, PageQuery } from '#core/platform/index.js';
import {
  type PresentedStatement,
  presentStatement,
  type StatementDocument,
  StatementsService,
} from '#core/payouts/index.js';
import { ApiOkJsonOrFiles } from '../http/api-ok-formats.js';
import { IdPipe } from '../http/id.pipe.js';
import { statementDocument } from './statement-documents.js';
import { StatementDocumentResponse, StatementPage } from './statement-response.dto.js';
import { StatementFormatQuery } from './statements.dto.js';

/** The partner portal's payout statements: a partner key reads its own, as JSON, CSV or PDF. */
@ApiTags('statements')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MeStatementsController {
  constructor(private readonly statements: StatementsService) {}

  @Get('statements')
  @ApiOkResponse({ type: StatementPage, description: "The calling partner's own statements." })
  async list(@CurrentPartner() me: PartnerPrincipal, @Query() page: PageQuery): Promise<Page<PresentedStatement>> {
    return this.statements.list(me.brandId, { partnerId: me.partnerId }, page, presentStatement);
  }

  @Get('statements/:id')
  @ApiOkJsonOrFiles(
    StatementDocumentResponse,
    ['csv', 'pdf'],
    "One of the calling partner's statements; another partner's is 404.",
  )
  async get(
    @CurrentPartner() me: PartnerPrincipal,
    @Param('id', new IdPipe('statement')) id: string,
    @Query() query: StatementFormatQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StatementDocument | string | Buffer> {
    const statement = await this.statements.get(me.brandId, id, me.partnerId);
    return statementDocument(this.statements, statement, query.format ?? 'json', reply);
  }
}
