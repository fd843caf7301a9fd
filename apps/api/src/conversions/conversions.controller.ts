import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { CurrentBrand, Roles, SignedPostback } from '#auth';
import { type Conversion, ConversionsService } from '#core/conversions/index.js';
import { ConversionExplanationService } from '#core/attribution/index.js';
import { AppError, errorEnvelope, type Page } from '#core/platform/index.js';
import { validateAs } from '../http/validation.js';
import { presentConversion, presentReversal } from './conversion-presenter.js';
import {
  type BatchItemResult,
  BatchResponse,
  ConversionBatchDto,
  ConversionCreatedResponse,
  ConversionDto,
  ConversionListQuery,
  ConversionResponse,
  DecisionDto,
  ReversalDto,
  ReversalResponse,
} from './dto/conversion.dto.js';

@ApiTags('conversions')
@ApiBearerAuth()
@ApiExtraModels(ConversionDto, ConversionBatchDto)
@Roles('network', 'brand_manager')
@Controller('v1/conversions')
export class ConversionsController {
  constructor(
    private readonly conversions: ConversionsService,
    private readonly explanations: ConversionExplanationService,
  ) {}

  /**
   * One conversion (201 new, 200 replay of the same body, 409 same transaction id with another
   * body), or `{ conversions: [...] }` (at most 1,000) answered 207 with one result per item.
   */
  @Post()
  @SignedPostback()
  @ApiBody({ schema: { oneOf: [{ $ref: getSchemaPath(ConversionDto) }, { $ref: getSchemaPath(ConversionBatchDto) }] } })
  @ApiCreatedResponse({ type: ConversionCreatedResponse })
  @ApiResponse({ status: 207, type: BatchResponse, description: 'Batch: one result per item.' })
  async post(
    @CurrentBrand() brandId: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConversionCreatedResponse | BatchResponse> {
    if (typeof body === 'object' && body !== null && 'conversions' in body) {
      const batch = await validateAs(ConversionBatchDto, body);
      void reply.status(207);
      const results: BatchItemResult[] = [];
      // One at a time, in order: a batch may carry a status change after its conversion.
      for (const item of batch.conversions) results.push(await this.recordItem(brandId, item));
      return { results };
    }
    const input = await validateAs(ConversionDto, body);
    const { conversion, outcome } = await this.conversions.record(brandId, input, 'api');
    void reply.status(outcome === 'created' ? 201 : 200);
    return { id: conversion.id, transactionId: conversion.transactionId, status: conversion.status };
  }

  /** The review list (`?status=review`), or any of the brand's conversions, by flag and partner. */
  @Get()
  @Roles('brand_manager')
  @ApiOkResponse({ description: '`{ data: [...conversions with flags], nextCursor }`' })
  async list(@CurrentBrand() brandId: string, @Query() query: ConversionListQuery): Promise<Page<ConversionResponse>> {
    const page = await this.conversions.list(brandId, query, query, (conversion) => conversion);
    return { ...page, data: await Promise.all(page.data.map((conversion) => this.explained(conversion))) };
  }

  @Get(':transactionId')
  @ApiOkResponse({ type: ConversionResponse })
  async get(
    @CurrentBrand() brandId: string,
    @Param('transactionId') transactionId: string,
  ): Promise<ConversionResponse> {
    return this.explained(await this.conversions.get(brandId, transactionId));
  }

  /** Approves a conversion in review: its commissions follow the lock period from now on. */
  @Post(':transactionId/approve')
  @Roles('brand_manager')
  @HttpCode(200)
  @ApiOkResponse({ type: ConversionResponse })
  async approve(
    @CurrentBrand() brandId: string,
    @Param('transactionId') transactionId: string,
    @Body() body: DecisionDto,
  ): Promise<ConversionResponse> {
    return this.explained(await this.conversions.decide(brandId, transactionId, 'approve', body.note ?? null));
  }

  /** Rejects a conversion in review (or pending): its commissions are rejected, the note shown to partners. */
  @Post(':transactionId/reject')
  @Roles('brand_manager')
  @HttpCode(200)
  @ApiOkResponse({ type: ConversionResponse })
  async reject(
    @CurrentBrand() brandId: string,
    @Param('transactionId') transactionId: string,
    @Body() body: DecisionDto,
  ): Promise<ConversionResponse> {
    return this.explained(await this.conversions.decide(brandId, transactionId, 'reject', body.note ?? null));
  }

  private async explained(conversion: Conversion): Promise<ConversionResponse> {
    const explanation = await this.explanations.explain(conversion.id);
    return presentConversion(
      explanation.conversion,
      explanation.touches,
      explanation.entries,
      explanation.flags,
      explanation.codeFlags,
    );
  }

  /** Reverses (refunds) all that remains, or `amount` of it. */
  @Post(':transactionId/reversals')
  @SignedPostback()
  @ApiCreatedResponse({ type: ReversalResponse })
  async reverse(
    @CurrentBrand() brandId: string,
    @Param('transactionId') transactionId: string,
    @Body() body: ReversalDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ReversalResponse> {
    const { reversal, conversion, outcome } = await this.conversions.reverse(brandId, transactionId, body);
    void reply.status(outcome === 'created' ? 201 : 200);
    return presentReversal(reversal, conversion);
  }

  private async recordItem(brandId: string, item: Record<string, unknown>): Promise<BatchItemResult> {
    const transactionId = typeof item.transactionId === 'string' ? item.transactionId : undefined;
    try {
      const input = await validateAs(ConversionDto, item);
      const { conversion, outcome } = await this.conversions.record(brandId, input, 'api');
      return { transactionId, status: outcome === 'created' ? 201 : 200, id: conversion.id };
    } catch (error) {
      // A failure of ours (or an outage) fails the whole batch; replaying it is safe.
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      return {
        transactionId,
        status: error.status,
        error: errorEnvelope(error).error,
      };
    }
  }
}
