export { ReportsModule } from './reports.module.js';
export { PartnerMixReportService } from './partner-mix-report.service.js';
export { PartnerMixSettingsService } from './partner-mix-settings.service.js';
export {
  MAX_FIGURES_DAYS,
  PARTNER_FIGURE_SORTS,
  type PartnerFigureSort,
  type PartnerFiguresPage,
  type PartnerFiguresQuery,
  type PartnerFiguresRow,
  PartnerFiguresService,
} from './partner-figures.service.js';
export { PARTNER_FIGURES_QUERIES } from './partner-figures.queries.js';
export {
  MarketingSpend,
  PartnerMixReport,
  PartnerMixTarget,
  REPORT_STATUSES,
  REPORT_TRIGGERS,
} from './partner-mix.entity.js';
export type {
  ChannelRevenueRow,
  DataDrivenReport,
  GroupReport,
  MarkovRow,
  MerReport,
  ModelComparison,
  ModelRow,
  PartnerDescription,
  PartnerGroupReport,
  PartnerMixReportBody,
  QualityReport,
  ReportTotals,
  RoleGroupReport,
  ShapleyMethod,
  ShapleyRow,
  SourceRevenueRow,
  TargetMixReport,
  TypeGroupReport,
} from './partner-mix-body.js';
export { REPORTS_QUERIES } from './reports.queries.js';
export { OVERVIEW_QUERIES } from './overview.queries.js';
export {
  OVERVIEW_MAX_DAYS,
  OVERVIEW_PERIODS,
  OverviewService,
  type DayRange,
  type Overview,
  type OverviewChanges,
  type OverviewDay,
  type OverviewFigures,
  type OverviewPeriod,
  type OverviewRoleMix,
  type OverviewTodo,
} from './overview.service.js';
