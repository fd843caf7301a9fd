import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';
import {
  CONVERSION_CHANNELS,
  type ConversionChannel,
  POSTED_STATUSES,
  type PostedStatus,
} from '#core/conversions/index.js';
import { isUuid } from '#core/platform/index.js';
import { ParameterAliases } from '../../http/parameter-aliases.js';
import { COUPON_CODE, PRINTABLE } from './conversion.dto.js';

/** An optional text parameter of at most `max` characters. */
const Text = (max: number): PropertyDecorator => applyDecorators(IsOptional(), IsString(), MaxLength(max));

/** A parameter the postback cannot do without: sent once, at most `max` characters. */
const Required = (max: number, example: string): PropertyDecorator =>
  ValidateBy({
    name: 'requiredParameter',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.length <= max,
      defaultMessage: (args?: ValidationArguments) =>
        args?.value === undefined
          ? `${args?.property} is required, e.g. ${example}`
          : `${args.property} must be sent once, at most ${max} characters, e.g. ${example}`,
    },
  });

/** The brand's order id, as `order_id` or (Impact, CAKE) `txid`. */
export const ORDER_ID = new ParameterAliases(
  ['order_id', 'txid'],
  {
    accepts: (value) => typeof value === 'string' && value.length <= 128 && PRINTABLE.test(value),
    describe: (name) => `${name} must be the brand's order id: 1 to 128 characters, no control characters`,
  },
  "order_id (or txid) is required: the brand's order id",
);

/** The Partnermix click id, as `click_id`, `transaction_id` (TUNE) or `tid` (Everflow); blank is none. */
export const CLICK_ID = new ParameterAliases(['click_id', 'transaction_id', 'tid'], {
  accepts: (value) => value === '' || isUuid(value),
  describe: (name) => `${name} must be a click id Partnermix issued (UUID)`,
});

const SIG_DOC =
  'Signature: hex HMAC-SHA256, under the key\'s signing secret, of the other parameters as sent, sorted, joined with "&"; ' +
  'ts is then the unix time of signing (at most 5 min off).';

/** GET /postback/conversion, with the parameter names (and aliases) networks fire. */
export class PostbackConversionQuery {
  @ApiPropertyOptional({ description: 'API key, when it cannot go in the Authorization header.' })
  @Text(200)
  key?: string;

  @ApiPropertyOptional({ description: SIG_DOC })
  @Text(64)
  sig?: string;

  @ApiPropertyOptional({ description: "The brand's order id (alias: txid); one of the two is required." })
  @ORDER_ID.check()
  order_id?: string;

  @ApiPropertyOptional({ description: 'Alias of order_id.' }) @ORDER_ID.check() txid?: string;

  @ApiProperty({ example: '129.90' }) @Required(32, 'amount=19.99') amount: string;
  @ApiProperty({ example: 'EUR' }) @Required(3, 'currency=EUR') currency: string;

  @ApiPropertyOptional({ description: 'Partnermix click id (aliases: transaction_id, tid).' })
  @CLICK_ID.check()
  click_id?: string;
  @ApiPropertyOptional({ description: 'Alias of click_id (TUNE).' }) @CLICK_ID.check() transaction_id?: string;
  @ApiPropertyOptional({ description: 'Alias of click_id (Everflow).' }) @CLICK_ID.check() tid?: string;

  @ApiPropertyOptional() @Text(256) customer?: string;

  @ApiPropertyOptional({ enum: ['0', '1'] })
  @IsOptional()
  @IsIn(['0', '1', 'true', 'false'], { message: 'new_customer must be 0 or 1' })
  new_customer?: string;

  @ApiPropertyOptional({ description: 'Unix seconds or ISO 8601.' }) @Text(40) ts?: string;

  @ApiPropertyOptional({ enum: POSTED_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(POSTED_STATUSES, { message: `status must be one of ${POSTED_STATUSES.join(', ')}` })
  status?: PostedStatus;

  @ApiPropertyOptional({ description: 'Promo code used at checkout (case-insensitive).' })
  @IsOptional()
  @Matches(COUPON_CODE, { message: 'coupon must be 2-64 letters, digits, "-" or "_"' })
  coupon?: string;

  @ApiPropertyOptional({ enum: CONVERSION_CHANNELS })
  @IsOptional()
  @IsIn(CONVERSION_CHANNELS, { message: `channel must be one of ${CONVERSION_CHANNELS.join(', ')}` })
  channel?: ConversionChannel;

  @ApiPropertyOptional({ description: 'The agent that completed the checkout.' })
  @Text(64)
  @Matches(PRINTABLE, { message: 'agent must not contain control characters' })
  agent?: string;

  @ApiPropertyOptional() @Text(255) adv1?: string;
  @ApiPropertyOptional() @Text(255) adv2?: string;
  @ApiPropertyOptional() @Text(255) adv3?: string;
  @ApiPropertyOptional() @Text(255) adv4?: string;
  @ApiPropertyOptional() @Text(255) adv5?: string;
}

/** GET /postback/reversal. */
export class PostbackReversalQuery {
  @ApiPropertyOptional() @Text(200) key?: string;
  @ApiPropertyOptional({ description: SIG_DOC }) @Text(64) sig?: string;
  @ApiPropertyOptional({ description: "The brand's order id (alias: txid); one of the two is required." })
  @ORDER_ID.check()
  order_id?: string;

  @ApiPropertyOptional({ description: 'Alias of order_id.' }) @ORDER_ID.check() txid?: string;
  @ApiPropertyOptional({ description: 'Defaults to everything that remains.' }) @Text(32) amount?: string;
  @ApiPropertyOptional()
  @Text(500)
  @Matches(PRINTABLE, { message: 'reason must not contain control characters' })
  reason?: string;
  @ApiPropertyOptional({ description: 'Your id for this reversal; replays are then harmless.' })
  @Text(128)
  reversal_id?: string;
}
