import { Module } from '@nestjs/common';
import { DatabaseModule } from '#database';
import { ApiKeysService } from './api-keys/api-keys.service.js';
import { BrandsService } from './brands/brands.service.js';
import { LinksService } from './links/links.service.js';
import { PartnersService } from './partners/partners.service.js';

const SERVICES = [ApiKeysService, BrandsService, LinksService, PartnersService];

/** The services over the system of record, shared by the API and the worker. */
@Module({
  imports: [DatabaseModule],
  providers: SERVICES,
  exports: [DatabaseModule, ...SERVICES],
})
export class CoreModule {}
