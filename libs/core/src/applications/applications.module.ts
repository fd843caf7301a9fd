import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/index.js';
import { CatalogModule } from '../catalog/index.js';
import { PartnerApplication } from './application.entity.js';
import { ApplicationsService } from './applications.service.js';

/** Partner applications from a brand's public page, and the manager's decision on each (approval invites). */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerApplication]), CatalogModule, AccountsModule],
  providers: [ApplicationsService],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
