import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery, WEBHOOK_EVENTS, type WebhookEvent } from '#core/platform/index.js';
import { DELIVERY_STATUSES, type DeliveryStatus, ENDPOINT_STATUSES, POSTBACK_MACROS } from '#core/webhooks/index.js';

const eventMessage = `each event must be one of ${WEBHOOK_EVENTS.join(', ')}`;
const macros = POSTBACK_MACROS.map((name) => `{${name}}`).join(' ');

export class CreateWebhookDto {
  @ApiProperty({
    example: 'https://hooks.northwind.example/partnermix',
    description: 'https (http only in development and test); never a private, loopback or link-local address.',
  })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, example: ['conversion.created', 'commission.created'] })
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsIn(WEBHOOK_EVENTS, { each: true, message: eventMessage })
  events: WebhookEvent[];
}

export class UpdateWebhookDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({ enum: WEBHOOK_EVENTS, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'events must name at least one event' })
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @IsIn(WEBHOOK_EVENTS, { each: true, message: eventMessage })
  events?: WebhookEvent[];

  @ApiPropertyOptional({ description: 'false pauses the endpoint; true re-enables one that was disabled.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class CreatePostbackTemplateDto {
  @ApiProperty({ enum: WEBHOOK_EVENTS })
  @IsIn(WEBHOOK_EVENTS, { message: `event must be one of ${WEBHOOK_EVENTS.join(', ')}` })
  event: WebhookEvent;

  @ApiProperty({
    example: 'https://tracker.example/postback?clickid={click_id}&payout={commission}&txid={order_id}',
    description: `Fired with GET. Macros (URL-encoded; in the path and query only): ${macros}.`,
  })
  @IsString()
  @MaxLength(2048)
  urlTemplate: string;
}

export class UpdatePostbackTemplateDto {
  @ApiPropertyOptional({ enum: WEBHOOK_EVENTS })
  @IsOptional()
  @IsIn(WEBHOOK_EVENTS, { message: `event must be one of ${WEBHOOK_EVENTS.join(', ')}` })
  event?: WebhookEvent;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  urlTemplate?: string;

  @ApiPropertyOptional({ description: 'false pauses the template; true re-enables one that was disabled.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class DeliveryFilterDto {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES, description: '`dead`: the dead-letter view.' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { message: `status must be one of ${DELIVERY_STATUSES.join(', ')}` })
  status?: DeliveryStatus;
}

export class DeliveryListQuery extends IntersectionType(DeliveryFilterDto, PageQuery) {}

export class WebhookResponse {
  @ApiProperty() id: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) events: string[];
  @ApiProperty({ enum: ENDPOINT_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was disabled.' }) disabledReason: string | null;
  @ApiProperty({ type: String, nullable: true }) disabledAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Until then the previous secret signs too.' })
  previousSecretExpiresAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Set for a partner endpoint.' }) partnerId: string | null;
  @ApiProperty() createdAt: string;
}

export class WebhookWithSecretResponse extends WebhookResponse {
  @ApiProperty({ description: 'The signing secret, shown only here.' }) secret: string;
}

export class WebhookPage {
  @ApiProperty({ type: [WebhookResponse] }) data: WebhookResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class PostbackTemplateResponse {
  @ApiProperty() id: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS }) event: string;
  @ApiProperty() urlTemplate: string;
  @ApiProperty({ enum: ENDPOINT_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) disabledReason: string | null;
  @ApiProperty() createdAt: string;
}

export class PostbackTemplatePage {
  @ApiProperty({ type: [PostbackTemplateResponse] }) data: PostbackTemplateResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class AttemptResponse {
  @ApiProperty() attemptedAt: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Null when no response came.' }) statusCode: number | null;
  @ApiProperty() latencyMs: number;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first 1,000 characters of the response body.' })
  responseExcerpt: string | null;
}

export class DeliveryResponse {
  @ApiProperty() id: string;
  @ApiProperty() eventId: string;
  @ApiProperty() type: string;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: string;
  @ApiProperty({ description: 'The JSON body sent (webhooks), or the URL fired (postback templates).' })
  payload: string;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) deliveredAt: string | null;
  @ApiProperty({ type: [AttemptResponse] }) attempts: AttemptResponse[];
}

export class DeliveryPage {
  @ApiProperty({ type: [DeliveryResponse] }) data: DeliveryResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
