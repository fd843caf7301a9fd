import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiExtraModels,
  ApiOkResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentBrand, KeyInQueryAllowed, Roles, SignedPostback } from '#auth';
import { validateAs } from '../http/validation.js';
import {
  ClickBatchDto,
  ClickDto,
  ClicksAcceptedResponse,
  ImpressionsDto,
  ImpressionsResponse,
} from './dto/clicks.dto.js';
import { PostbackClickQuery } from './dto/postback-click.dto.js';
import { ImpressionsService } from './impressions.service.js';
import { S2sClicksService } from './s2s-clicks.service.js';

@ApiTags('tracking')
@ApiBearerAuth()
@ApiExtraModels(ClickDto, ClickBatchDto)
@Roles('network', 'brand_manager')
@SignedPostback()
@Controller()
export class ClicksController {
  constructor(
    private readonly clicks: S2sClicksService,
    private readonly impressions: ImpressionsService,
  ) {}

  /** One click, or `{ clicks: [...] }` (at most 1,000); 202 once they are durably queued. */
  @Post('v1/clicks')
  @HttpCode(202)
  @ApiBody({ schema: { oneOf: [{ $ref: getSchemaPath(ClickDto) }, { $ref: getSchemaPath(ClickBatchDto) }] } })
  @ApiAcceptedResponse({ type: ClicksAcceptedResponse })
  async post(@CurrentBrand() brandId: string, @Body() body: unknown): Promise<ClicksAcceptedResponse> {
    const isBatch = typeof body === 'object' && body !== null && 'clicks' in body;
    const clicks = isBatch ? (await validateAs(ClickBatchDto, body)).clicks : [await validateAs(ClickDto, body)];
    return { ids: await this.clicks.record(brandId, clicks, isBatch) };
  }

  @Get('postback/click')
  @KeyInQueryAllowed()
  @ApiOkResponse({ schema: { properties: { id: { type: 'string' } } } })
  async postback(@CurrentBrand() brandId: string, @Query() query: PostbackClickQuery): Promise<{ id: string }> {
    const [id] = await this.clicks.record(
      brandId,
      [
        {
          partnerId: query.partner_id,
          customerKey: query.customer,
          occurredAt: query.ts,
          sub1: query.sub1,
          sub2: query.sub2,
          sub3: query.sub3,
          sub4: query.sub4,
          sub5: query.sub5,
        },
      ],
      false,
    );
    return { id };
  }

  /** Adds to the partner's impression count of the day (for CPM). */
  @Post('v1/impressions')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ImpressionsResponse })
  async impressionsPost(@CurrentBrand() brandId: string, @Body() body: ImpressionsDto): Promise<ImpressionsResponse> {
    return this.impressions.add(brandId, body);
  }
}
