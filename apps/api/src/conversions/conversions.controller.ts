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
import { AppError, errorEnvelope } from '#core/platform/index.js';
import { validateAs } from '../http/validation.js';
import { presentConversion, presentListItem, presentReversal } from './conversion-presenter.js';
import {
  type BatchItemResult,
  BatchResponse,
  ConversionBatchDto,
  ConversionCreatedResponse,
  ConversionDto,
  ConversionListQuery,
  ConversionPage,
  ConversionResponse,
  DecisionDto,
  ReversalDto,
  ReversalResponse,
  ReviewDto,
  type ReviewItemResult,
  ReviewResponse,
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

  /**
   * The brand's conversions, newest first: the review queue (`?status=review`), or any of them by
   * flag, partner, channel, source, days and a part of the transaction id.
   */
  @Get()
  @Roles('brand_manager')
  @ApiOkResponse({ type: ConversionPage })
  async list(@CurrentBrand() brandId: string, @Query() query: ConversionListQuery): Promise<ConversionPage> {
    const { limit, cursor, ...filter } = query;
    const page = await this.conversions.list(brandId, filter, { limit, cursor });
    return { data: page.data.map(presentListItem), nextCursor: page.nextCursor };
  }

  /**
   * A manager's decision on many conversions in review. Per item, not all-or-nothing: each decision
   * stands on its own (as one by one), and a selection goes stale while the manager reads it (another
   * manager decided one, the brand's system rejected one), which must not block the rest. The
   * request itself (decision, note, ids) is checked whole before anything is written.
   */
  @Post('review')
  @Roles('brand_manager')
  @HttpCode(200)
  @ApiOkResponse({ type: ReviewResponse })
  async review(@CurrentBrand() brandId: string, @Body() body: ReviewDto): Promise<ReviewResponse> {
    const note = body.note?.trim() || null;
    if (body.decision === 'reject' && !note) {
      throw AppError.invalidField('note', 'note is required to reject: say why, in a sentence the partners will read');
    }
    const results: ReviewItemResult[] = [];
    // One at a time: each decision is its own transaction, as when taken one by one.
    for (const transactionId of body.transactionIds) {
      try {
        const decided = await this.conversions.decide(brandId, transactionId, body.decision, note);
        results.push({ transactionId, status: 200, conversionStatus: decided.status });
      } catch (error) {
        if (!(error instanceof AppError) || error.status >= 500) throw error;
        results.push({ transactionId, status: error.status, error: errorEnvelope(error).error });
      }
    }
    return { results, decided: results.filter((result) => result.status === 200).length };
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
    return presentConversion(await this.explanations.explain(conversion.id));
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
