import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, KeyInQueryAllowed, Roles, SignedPostback } from '#auth';
import { ConversionsService } from '#core/conversions/index.js';
import { presentReversal } from './conversion-presenter.js';
import { ConversionCreatedResponse, ReversalResponse } from './dto/conversion.dto.js';
import { CLICK_ID, ORDER_ID, PostbackConversionQuery, PostbackReversalQuery } from './dto/postback-conversion.dto.js';

const ADV_PARAMETERS = ['adv1', 'adv2', 'adv3', 'adv4', 'adv5'] as const;

/** The order id under either name; the query's DTO has made sure it is there. */
const orderIdOf = (query: PostbackConversionQuery | PostbackReversalQuery): string => ORDER_ID.value(query) as string;

/**
 * GET postbacks for networks that can only fire URLs: the key may come as `?key=`. Accepted and
 * replayed postbacks answer 200; every rejection answers with its 4xx, never a silent 200. The
 * query DTOs check every parameter, aliases included; what needs the brand is the service's.
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
    const adv = Object.fromEntries(
      ADV_PARAMETERS.filter((name) => query[name] !== undefined).map((name) => [name, query[name] as string]),
    );
    const { conversion } = await this.conversions.record(
      brandId,
      {
        transactionId: orderIdOf(query),
        amount: query.amount,
        currency: query.currency.toUpperCase(),
        clickId: CLICK_ID.value(query),
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
    const { reversal, conversion } = await this.conversions.reverse(brandId, orderIdOf(query), {
      amount: query.amount,
      reason: query.reason,
      reversalId: query.reversal_id,
    });
    return presentReversal(reversal, conversion);
  }
}
