import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnerCustomerKey, QualityFlagRow } from './quality.entity.js';
import { QualityService } from './quality.service.js';

/** Quality rules' settings and the flags they raise on conversions. */
@Module({
  imports: [TypeOrmModule.forFeature([QualityFlagRow, PartnerCustomerKey])],
  providers: [QualityService],
  exports: [QualityService],
})
export class QualityModule {}
