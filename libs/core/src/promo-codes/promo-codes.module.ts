import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Partner } from '../catalog/index.js';
import { ConversionCodeFlag, PromoCode } from './promo-code.entity.js';
import { PromoCodesService } from './promo-codes.service.js';

/** Partners' promo codes and the flags of codes used outside their partner's reach. */
@Module({
  imports: [TypeOrmModule.forFeature([PromoCode, ConversionCodeFlag, Partner])],
  providers: [PromoCodesService],
  exports: [PromoCodesService],
})
export class PromoCodesModule {}
