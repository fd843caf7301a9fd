import { Controller, Delete, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CurrentBrand, Roles } from '#auth';
import { AppError } from '#core/platform/index.js';
import { CustomerErasureService } from '#core/privacy/index.js';

/** The longest customer key clicks and conversions accept. */
const MAX_CUSTOMER_KEY = 256;

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
  @ApiParam({ name: 'customerKey', description: 'The customer key, URL-encoded.' })
  @ApiOkResponse({ type: ErasureResponse })
  async erase(@CurrentBrand() brandId: string, @Param('customerKey') customerKey: string): Promise<ErasureResponse> {
    if (customerKey.length === 0 || customerKey.length > MAX_CUSTOMER_KEY) {
      throw AppError.invalidField('customerKey', `customerKey must be 1 to ${MAX_CUSTOMER_KEY} characters`);
    }
    return this.erasure.erase(brandId, customerKey);
  }
}
