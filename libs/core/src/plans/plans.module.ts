import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommissionPlanVersion } from './commission-plan.entity.js';
import { CommissionPlansService } from './commission-plans.service.js';

/** Commission plan versions and the one rule for which is in force. */
@Module({
  imports: [TypeOrmModule.forFeature([CommissionPlanVersion])],
  providers: [CommissionPlansService],
  exports: [CommissionPlansService],
})
export class PlansModule {}
