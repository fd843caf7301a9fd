import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPartner, type PartnerPrincipal, Roles } from '#auth';
import { PartnersService } from '#core/catalog/index.js';
import { PartnerResponse } from './dto/partner.dto.js';
import { presentPartner } from './partner-presenter.js';

/**
 * The partner portal (`/v1/me/...`): a partner key sees and changes only its own partner's data.
 * Each feature serves its part in a Me…Controller of its own folder; this one is the profile.
 */
@ApiTags('partner portal')
@ApiBearerAuth()
@Roles('partner')
@Controller('v1/me')
export class MePartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @ApiOkResponse({ type: PartnerResponse })
  async get(@CurrentPartner() me: PartnerPrincipal): Promise<PartnerResponse> {
    return presentPartner(await this.partners.get(me.brandId, me.partnerId));
  }
}
