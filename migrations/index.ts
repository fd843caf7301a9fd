import { type MigrationInterface } from 'typeorm';
import { Accounts1796172722051 } from './1796172722051-accounts.js';
import { AttributionLedger1795379970514 } from './1795379970514-attribution-ledger.js';
import { CommissionPlans1795379451243 } from './1795379451243-commission-plans.js';
import { Foundation1795374953055 } from './1795374953055-foundation.js';
import { PartnerRunningTotals1795381661840 } from './1795381661840-partner-running-totals.js';
import { PayoutStatements1795383317011 } from './1795383317011-payout-statements.js';
import { QualityRules1795384708091 } from './1795384708091-quality-rules.js';
import { PromoCodes1795384888023 } from './1795384888023-promo-codes.js';
import { TrackingAndConversions1795375729349 } from './1795375729349-tracking-and-conversions.js';
import { OutboundWebhooks1795383868432 } from './1795383868432-outbound-webhooks.js';
import { PartnerMixReports1795383517782 } from './1795383517782-partner-mix-reports.js';
import { TrustAndPrivacy1795385085616 } from './1795385085616-trust-and-privacy.js';
import { LedgerWritePath1795392173287 } from './1795392173287-ledger-write-path.js';
import { BrandSlugsAndProgram1796172840831 } from './1796172840831-brand-slugs-and-program.js';
import { PartnerApplications1796173196587 } from './1796173196587-partner-applications.js';
import { LinkSubIdsAndPartnerFigures1796184451642 } from './1796184451642-link-sub-ids-and-partner-figures.js';

// Every migration in the order it runs. A new file in this folder must be added here (a test checks).
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Foundation1795374953055,
  TrackingAndConversions1795375729349,
  CommissionPlans1795379451243,
  AttributionLedger1795379970514,
  PartnerRunningTotals1795381661840,
  PayoutStatements1795383317011,
  PartnerMixReports1795383517782,
  OutboundWebhooks1795383868432,
  QualityRules1795384708091,
  PromoCodes1795384888023,
  TrustAndPrivacy1795385085616,
  LedgerWritePath1795392173287,
  Accounts1796172722051,
  BrandSlugsAndProgram1796172840831,
  PartnerApplications1796173196587,
  LinkSubIdsAndPartnerFigures1796184451642,
];
