import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentBrand, CurrentPrincipal, type Principal, Roles } from '#auth';
import { type Page, PageQuery } from '#core/platform/index.js';
import { type EndpointOwner, WebhooksService } from '#core/webhooks/index.js';
import { IdPipe } from '../http/id.pipe.js';
import {
  CreateWebhookDto,
  DeliveryListQuery,
  DeliveryPage,
  DeliveryResponse,
  UpdateWebhookDto,
  WebhookPage,
  WebhookResponse,
  WebhookWithSecretResponse,
} from './dto/webhook.dto.js';
import { presentDelivery, presentWebhook } from './webhook-presenter.js';

/** A manager owns the brand's endpoints; a partner key owns its partner's. */
export function ownerOf(principal: Principal): EndpointOwner {
  if (principal.role === 'partner') return { brandId: principal.brandId, partnerId: principal.partnerId };
  if (principal.role === 'brand_manager') return { brandId: principal.brandId, partnerId: null };
  throw new Error(`No endpoints for role ${principal.role}`); // the route's @Roles keep others out
}

/**
 * Outbound events: the brand's webhook endpoints (manager), and for any endpoint its owner's
 * delivery log, replays and test events: a manager reaches the brand's own endpoints, a partner key
 * its partner's (webhooks and postback templates); any other endpoint is a 404.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('brand_manager', 'partner')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  /** A signed webhook endpoint of the brand; the signing secret is in this answer only. */
  @Post()
  @Roles('brand_manager')
  @HttpCode(201)
  @ApiCreatedResponse({ type: WebhookWithSecretResponse })
  async create(@CurrentBrand() brandId: string, @Body() body: CreateWebhookDto): Promise<WebhookWithSecretResponse> {
    const { endpoint, secret } = await this.webhooks.create({ brandId, partnerId: null }, body);
    return { ...presentWebhook(endpoint), secret };
  }

  @Get()
  @Roles('brand_manager')
  @ApiOkResponse({ type: WebhookPage })
  list(@CurrentBrand() brandId: string, @Query() page: PageQuery): Promise<Page<WebhookResponse>> {
    return this.webhooks.list({ brandId, partnerId: null }, 'webhook', page, presentWebhook);
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookResponse })
  async get(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
  ): Promise<WebhookResponse> {
    return presentWebhook(await this.webhooks.get(ownerOf(principal), id, 'webhook'));
  }

  @Patch(':id')
  @ApiOkResponse({ type: WebhookResponse })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
    @Body() body: UpdateWebhookDto,
  ): Promise<WebhookResponse> {
    return presentWebhook(await this.webhooks.update(ownerOf(principal), id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, with its delivery log.' })
  async remove(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
  ): Promise<void> {
    await this.webhooks.remove(ownerOf(principal), id, 'webhook');
  }

  /** A new signing secret (shown only here); the previous one keeps signing for 24 hours. */
  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOkResponse({ type: WebhookWithSecretResponse })
  async rotate(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
  ): Promise<WebhookWithSecretResponse> {
    const { endpoint, secret } = await this.webhooks.rotateSecret(ownerOf(principal), id);
    return { ...presentWebhook(endpoint), secret };
  }

  /** Deliveries, oldest first, each with every attempt; `?status=dead` is the dead-letter view. */
  @Get(':id/deliveries')
  @ApiOkResponse({ type: DeliveryPage })
  async deliveries(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
    @Query() query: DeliveryListQuery,
  ): Promise<Page<DeliveryResponse>> {
    const { status, ...page } = query;
    const result = await this.webhooks.listDeliveries(ownerOf(principal), id, { status }, page);
    return { data: result.data.map(presentDelivery), nextCursor: result.nextCursor };
  }

  @Get(':id/deliveries/:deliveryId')
  @ApiOkResponse({ type: DeliveryResponse })
  async delivery(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
    @Param('deliveryId', new IdPipe('delivery')) deliveryId: string,
  ): Promise<DeliveryResponse> {
    return presentDelivery(await this.webhooks.getDelivery(ownerOf(principal), id, deliveryId));
  }

  /** Sends a delivery again (same event id and body), with the usual retries. */
  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: DeliveryResponse })
  async retry(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
    @Param('deliveryId', new IdPipe('delivery')) deliveryId: string,
  ): Promise<DeliveryResponse> {
    return presentDelivery(await this.webhooks.retry(ownerOf(principal), id, deliveryId));
  }

  /** Sends a `webhook.test` event once (to a postback template: its URL with sample values). */
  @Post(':id/test')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: DeliveryResponse })
  async test(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new IdPipe('webhook')) id: string,
  ): Promise<DeliveryResponse> {
    return presentDelivery(await this.webhooks.sendTest(ownerOf(principal), id));
  }
}
