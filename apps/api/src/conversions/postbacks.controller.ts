import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, KeyInQueryAllowed, Roles, SignedPostback } from '#auth';
import { ConversionsService } from '#core/conversions/index.js';
import { AppError } from '#core/platform/index.js';
import { presentReversal } from './conversion-presenter.js';
import { ConversionCreatedResponse, ReversalResponse } from './dto/conversion.dto.js';
import { PostbackConversionQuery, PostbackReversalQuery } from './dto/postback-conversion.dto.js';

const ADV_PARAMETERS = ['adv1', 'adv2', 'adv3', 'adv4', 'adv5'] as const;

/**
 * GET postbacks for networks that can only fire URLs: the key may come as `?key=`. Accepted and
 * replayed postbacks answer 200; every rejection answers with its 4xx, never a silent 200.
 */
@ApiTags('postbacks')
@ApiBearerAuth()
@Roles('network', 'brand_manager')
@KeyInQueryAllowed()
@SignedPostback()
@Controller('postback')
export class PostbacksController {
  constructor(private readonly conversions: ConversionsService) {}

  @Get('conversion')
  @ApiOkResponse({ type: ConversionCreatedResponse })
  async conversion(
    @CurrentBrand() brandId: string,
    @Query() query: PostbackConversionQuery,
  ): Promise<ConversionCreatedResponse> {
    const clickIds = [query.click_id, query.transaction_id, query.tid].filter((id) => id !== undefined && id !== '');
    if (new Set(clickIds).size > 1) {
      throw AppError.invalidField('click_id', 'click_id, transaction_id and tid name the same click; send one of them');
    }
    const clickId = clickIds[0];
    if (clickId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(clickId)) {
      throw AppError.invalidField('click_id', 'click_id must be a click id Partnermix issued (UUID)');
    }
    if (query.amount === undefined) throw AppError.invalidField('amount', 'amount is required, e.g. amount=19.99');
    if (query.currency === undefined)
      throw AppError.invalidField('currency', 'currency is required, e.g. currency=EUR');
    const adv = Object.fromEntries(
      ADV_PARAMETERS.filter((name) => query[name] !== undefined).map((name) => [name, query[name] as string]),
    );
    const { conversion } = await this.conversions.record(
      brandId,
      {
        transactionId: this.orderId(query),
        amount: query.amount,
        currency: query.currency.toUpperCase(),
        clickId,
        customerKey: query.customer,
        newCustomer: query.new_customer === undefined ? undefined : ['1', 'true'].includes(query.new_customer),
        occurredAt: query.ts,
        status: query.status,
        adv,
        couponCode: query.coupon || undefined,
        channel: query.channel,
        agent: query.agent || undefined,
      },
      'postback',
    );
    return { id: conversion.id, transactionId: conversion.transactionId, status: conversion.status };
  }

  @Get('reversal')
  @ApiOkResponse({ type: ReversalResponse })
  async reversal(@CurrentBrand() brandId: string, @Query() query: PostbackReversalQuery): Promise<ReversalResponse> {
    const { reversal, conversion } = await this.conversions.reverse(brandId, this.orderId(query), {
      amount: query.amount,
      reason: query.reason,
      reversalId: query.reversal_id,
    });
    return presentReversal(reversal, conversion);
  }

  private orderId(query: { order_id?: string; txid?: string }): string {
    if (query.order_id && query.txid && query.order_id !== query.txid) {
      throw AppError.invalidField('order_id', 'order_id and txid differ; send one of them');
    }
    const orderId = query.order_id || query.txid;
    if (!orderId) throw AppError.invalidField('order_id', "order_id (or txid) is required: the brand's order id");
    return orderId;
  }
}
