export { ReportsModule } from './reports.module.js';
export { PartnerMixReportService } from './partner-mix-report.service.js';
export { PartnerMixSettingsService } from './partner-mix-settings.service.js';
export { MarketingSpend, PartnerMixReport, PartnerMixTarget } from './partner-mix.entity.js';
export { REPORTS_QUERIES } from './reports.queries.js';
