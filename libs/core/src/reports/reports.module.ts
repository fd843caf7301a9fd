import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarketingSpend, PartnerMixReport, PartnerMixTarget } from './partner-mix.entity.js';
import { PartnerMixReportService } from './partner-mix-report.service.js';
import { PartnerMixSettingsService } from './partner-mix-settings.service.js';
import { OverviewService } from './overview.service.js';
import { PartnerFiguresService } from './partner-figures.service.js';

/**
 * Quarterly partner-mix reports, their target mix and the other marketing spend they weigh; the
 * console's overview and partners table, by the same definitions.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerMixTarget, MarketingSpend, PartnerMixReport])],
  providers: [PartnerMixReportService, PartnerMixSettingsService, OverviewService, PartnerFiguresService],
  exports: [PartnerMixReportService, PartnerMixSettingsService, OverviewService, PartnerFiguresService],
})
export class ReportsModule {}
