import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarketingSpend, PartnerMixReport, PartnerMixTarget } from './partner-mix.entity.js';
import { PartnerMixReportService } from './partner-mix-report.service.js';
import { PartnerMixSettingsService } from './partner-mix-settings.service.js';

/** Quarterly partner-mix reports, their target mix and the other marketing spend they weigh. */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerMixTarget, MarketingSpend, PartnerMixReport])],
  providers: [PartnerMixReportService, PartnerMixSettingsService],
  exports: [PartnerMixReportService, PartnerMixSettingsService],
})
export class ReportsModule {}
