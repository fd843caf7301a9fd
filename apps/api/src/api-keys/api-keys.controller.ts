import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { BrandInPath, CurrentPrincipal, type Principal, Roles } from '#auth';
import { type ApiKey, ApiKeysService, BrandsService } from '#core/catalog/index.js';
import { type Page, PageQuery } from '#core/platform/index.js';
import { IdPipe } from '../http/id.pipe.js';
import {
  ApiKeyCreatedResponse,
  ApiKeyPage,
  type ApiKeyResponse,
  CreateApiKeyDto,
  SigningSecretResponse,
} from './dto/create-api-key.dto.js';

function presentApiKey(apiKey: ApiKey): ApiKeyResponse {
  return {
    id: apiKey.id,
    role: apiKey.role,
    partnerId: apiKey.partnerId,
    partnerName: apiKey.partner?.name ?? null,
    name: apiKey.name,
    prefix: apiKey.prefix,
    hasSigningSecret: apiKey.signingSecret !== null,
    createdAt: apiKey.createdAt.toISOString(),
  };
}

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

  /** The brand's live keys, oldest first: name, role, partner and prefix, never the key or its secret. */
  @Get('brands/:brandId/api-keys')
  @Roles('operator', 'brand_manager')
  @BrandInPath()
  @ApiOkResponse({ type: ApiKeyPage })
  async list(
    @Param('brandId', new IdPipe('brand')) brandId: string,
    @Query() page: PageQuery,
  ): Promise<Page<ApiKeyResponse>> {
    await this.brands.get(brandId);
    return this.apiKeys.list(brandId, page, presentApiKey);
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
