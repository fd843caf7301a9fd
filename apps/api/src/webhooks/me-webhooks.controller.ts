import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { type Page, PageQuery } from '#core/platform/index.js';
import { WebhooksService } from '#core/webhooks/index.js';
import { IdPipe } from '../http/id.pipe.js';
import {
  CreatePostbackTemplateDto,
  CreateWebhookDto,
  PostbackTemplatePage,
  PostbackTemplateResponse,
  UpdatePostbackTemplateDto,
  WebhookPage,
  WebhookResponse,
  WebhookWithSecretResponse,
} from './dto/webhook.dto.js';
import { presentPostbackTemplate, presentWebhook } from './webhook-presenter.js';

const owner = (me: PartnerPrincipal) => ({ brandId: me.brandId, partnerId: me.partnerId });

/**
 * A partner's own outbound events: signed webhooks and postback templates (its tracker's URL,
 * fired with GET). They carry only this partner's data. Deliveries, replays and tests are under
 * `/v1/webhooks/{id}/...` with the same key.
 */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MeWebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post('webhooks')
  @HttpCode(201)
  @ApiCreatedResponse({ type: WebhookWithSecretResponse })
  async createWebhook(
    @CurrentPartner() me: PartnerPrincipal,
    @Body() body: CreateWebhookDto,
  ): Promise<WebhookWithSecretResponse> {
    const { endpoint, secret } = await this.webhooks.create(owner(me), body);
    return { ...presentWebhook(endpoint), secret };
  }

  @Get('webhooks')
  @ApiOkResponse({ type: WebhookPage })
  listWebhooks(@CurrentPartner() me: PartnerPrincipal, @Query() page: PageQuery): Promise<Page<WebhookResponse>> {
    return this.webhooks.list(owner(me), 'webhook', page, presentWebhook);
  }

  @Post('postback-templates')
  @HttpCode(201)
  @ApiCreatedResponse({ type: PostbackTemplateResponse })
  async createPostback(
    @CurrentPartner() me: PartnerPrincipal,
    @Body() body: CreatePostbackTemplateDto,
  ): Promise<PostbackTemplateResponse> {
    return presentPostbackTemplate(await this.webhooks.createPostback(owner(me), body));
  }

  @Get('postback-templates')
  @ApiOkResponse({ type: PostbackTemplatePage })
  listPostbacks(
    @CurrentPartner() me: PartnerPrincipal,
    @Query() page: PageQuery,
  ): Promise<Page<PostbackTemplateResponse>> {
    return this.webhooks.list(owner(me), 'postback', page, presentPostbackTemplate);
  }

  @Patch('postback-templates/:id')
  @ApiOkResponse({ type: PostbackTemplateResponse })
  async updatePostback(
    @CurrentPartner() me: PartnerPrincipal,
    @Param('id', new IdPipe('postback template')) id: string,
    @Body() body: UpdatePostbackTemplateDto,
  ): Promise<PostbackTemplateResponse> {
    const changes = {
      url: body.urlTemplate,
      events: body.event === undefined ? undefined : [body.event],
      enabled: body.enabled,
    };
    return presentPostbackTemplate(await this.webhooks.update(owner(me), id, changes, 'postback'));
  }

  @Delete('postback-templates/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed, with its delivery log.' })
  async removePostback(
    @CurrentPartner() me: PartnerPrincipal,
    @Param('id', new IdPipe('postback template')) id: string,
  ): Promise<void> {
    await this.webhooks.remove(owner(me), id, 'postback');
  }
}
