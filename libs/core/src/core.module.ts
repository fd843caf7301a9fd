import { Module } from '@nestjs/common';
import { DatabaseModule } from '#database';
import { AccountsModule } from './accounts/index.js';
import { ApplicationsModule } from './applications/index.js';
import { AttributionModule } from './attribution/index.js';
import { CatalogModule } from './catalog/index.js';
import { ConversionsModule } from './conversions/index.js';
import { LedgerModule } from './ledger/index.js';
import { PayoutsModule } from './payouts/index.js';
import { PlansModule } from './plans/index.js';
import { PlatformModule } from './platform/index.js';
import { PrivacyModule } from './privacy/index.js';
import { PromoCodesModule } from './promo-codes/index.js';
import { QualityModule } from './quality/index.js';
import { ReportsModule } from './reports/index.js';
import { TrackingModule } from './tracking/index.js';
import { WebhooksModule } from './webhooks/index.js';

const FEATURES = [
  PlatformModule,
  CatalogModule,
  TrackingModule,
  PlansModule,
  LedgerModule,
  ConversionsModule,
  QualityModule,
  PromoCodesModule,
  AttributionModule,
  PayoutsModule,
  WebhooksModule,
  ReportsModule,
  PrivacyModule,
  AccountsModule,
  ApplicationsModule,
];

/** The feature modules over the system of record, shared by the API and the worker. */
@Module({
  imports: [DatabaseModule, ...FEATURES],
  exports: [DatabaseModule, ...FEATURES],
})
export class CoreModule {}
