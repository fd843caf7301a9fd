import { Controller, Delete, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { MaxLength, MinLength } from 'class-validator';
import { CurrentBrand, Roles } from '#auth';
import { CustomerErasureService } from '#core/privacy/index.js';

/** The longest customer key clicks and conversions accept. */
const MAX_CUSTOMER_KEY = 256;
const CUSTOMER_KEY_MESSAGE = `customerKey must be 1 to ${MAX_CUSTOMER_KEY} characters`;

export class CustomerKeyParams {
  @ApiProperty({ description: 'The customer key, URL-encoded.' })
  @MinLength(1, { message: CUSTOMER_KEY_MESSAGE })
  @MaxLength(MAX_CUSTOMER_KEY, { message: CUSTOMER_KEY_MESSAGE })
  customerKey: string;
}

export class ErasureResponse {
  @ApiProperty({ description: "The customer's clicks deleted (by key, and those its conversions named)." })
  clicksDeleted: number;

  @ApiProperty({ description: 'Conversions kept for accounting, with the customer key and click id removed.' })
  conversionsAnonymised: number;
}

@ApiTags('privacy')
@ApiBearerAuth()
@Roles('brand_manager')
@Controller('v1/customers')
export class CustomersController {
  constructor(private readonly erasure: CustomerErasureService) {}

  /**
   * Erases a customer (right to erasure): the key as the brand sent it with clicks and
   * conversions (cookie id, hashed e-mail). Erasing again, or a key never seen, answers zeros.
   */
  @Delete(':customerKey')
  @ApiOkResponse({ type: ErasureResponse })
  async erase(@CurrentBrand() brandId: string, @Param() params: CustomerKeyParams): Promise<ErasureResponse> {
    return this.erasure.erase(brandId, params.customerKey);
  }
}
