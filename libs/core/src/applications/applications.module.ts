import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/index.js';
import { PartnerApplication } from './application.entity.js';
import { ApplicationsService } from './applications.service.js';

/** Partner applications from a brand's public page, and the manager's decision on each. */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerApplication]), CatalogModule],
  providers: [ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
