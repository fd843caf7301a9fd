import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { BrandInPath, CurrentPrincipal, type Principal, Roles } from '#auth';
import { ApiKeysService, BrandsService } from '#core/catalog/index.js';
import { IdPipe } from '../http/id.pipe.js';
import { ApiKeyCreatedResponse, CreateApiKeyDto, SigningSecretResponse } from './dto/create-api-key.dto.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('v1')
export class ApiKeysController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly brands: BrandsService,
  ) {}

  @Post('brands/:brandId/api-keys')
  @HttpCode(201)
  @Roles('operator', 'brand_manager')
  @BrandInPath()
  @ApiCreatedResponse({ type: ApiKeyCreatedResponse })
  async create(
    @Param('brandId', new IdPipe('brand')) brandId: string,
    @Body() body: CreateApiKeyDto,
  ): Promise<ApiKeyCreatedResponse> {
    await this.brands.get(brandId);
    const { apiKey, key } = await this.apiKeys.issue(brandId, body);
    return {
      id: apiKey.id,
      role: apiKey.role,
      partnerId: apiKey.partnerId,
      name: apiKey.name,
      prefix: apiKey.prefix,
      key,
      signingSecret: apiKey.signingSecret,
    };
  }

  /** A new postback signing secret for a network or brand manager key (rotation); shown once. */
  @Post('api-keys/:id/signing-secret')
  @HttpCode(201)
  @Roles('operator', 'brand_manager')
  @ApiCreatedResponse({ type: SigningSecretResponse })
  async rotateSigningSecret(
    @Param('id', new IdPipe('API key')) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SigningSecretResponse> {
    const { apiKey, secret } = await this.apiKeys.rotateSigningSecret(
      id,
      principal.role === 'operator' ? undefined : principal.brandId,
    );
    return { id: apiKey.id, signingSecret: secret };
  }

  @Delete('api-keys/:id')
  @HttpCode(204)
  @Roles('operator', 'brand_manager')
  @ApiNoContentResponse({ description: 'Revoked (also when it already was).' })
  async revoke(
    @Param('id', new IdPipe('API key')) id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    await this.apiKeys.revoke(id, principal.role === 'operator' ? undefined : principal.brandId);
  }
}
