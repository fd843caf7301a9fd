import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiKey } from './api-keys/api-key.entity.js';
import { ApiKeysService } from './api-keys/api-keys.service.js';
import { Brand } from './brands/brand.entity.js';
import { BrandsService } from './brands/brands.service.js';
import { Link } from './links/link.entity.js';
import { LinksService } from './links/links.service.js';
import { PartnerActivityService } from './partners/partner-activity.service.js';
import { Partner } from './partners/partner.entity.js';
import { PartnersService } from './partners/partners.service.js';

const SERVICES = [BrandsService, PartnersService, PartnerActivityService, LinksService, ApiKeysService];

/** Brands, their partners, tracking links and API keys: who takes part and how they are reached. */
@Module({
  imports: [TypeOrmModule.forFeature([Brand, Partner, Link, ApiKey])],
  providers: SERVICES,
  exports: SERVICES,
})
export class CatalogModule {}
