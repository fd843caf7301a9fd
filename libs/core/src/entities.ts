import { ApiKey } from './catalog/api-keys/api-key.entity.js';
import { Brand } from './catalog/brands/brand.entity.js';
import { CommissionEntryRow, ConversionTouch } from './ledger/ledger.entity.js';
import { PartnerRunningTotal } from './ledger/running-totals.js';
import { CommissionPlanVersion } from './plans/commission-plan.entity.js';
import { Conversion, ConversionReversal } from './conversions/conversion.entity.js';
import { Link } from './catalog/links/link.entity.js';
import { Partner } from './catalog/partners/partner.entity.js';
import { PartnerCustomerKey, QualityFlagRow } from './quality/quality.entity.js';
import { ConversionCodeFlag, PromoCode } from './promo-codes/promo-code.entity.js';
import { ClickDay } from './tracking/click-day.entity.js';
import { Statement } from './payouts/statement.entity.js';
import { Click, ImpressionDay } from './tracking/click.entity.js';
import { OutboxEvent } from './platform/outbox/outbox.entity.js';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhooks/webhook.entity.js';
import { MarketingSpend, PartnerMixReport, PartnerMixTarget } from './reports/partner-mix.entity.js';

/** Every entity, for the data source of both apps and of the migration CLI. */
export const ENTITIES = [
  Brand,
  ApiKey,
  Partner,
  Link,
  Click,
  ImpressionDay,
  Conversion,
  ConversionReversal,
  CommissionPlanVersion,
  ConversionTouch,
  CommissionEntryRow,
  PartnerRunningTotal,
  Statement,
  QualityFlagRow,
  PartnerCustomerKey,
  OutboxEvent,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookAttempt,
  PromoCode,
  ConversionCodeFlag,
  PartnerMixTarget,
  MarketingSpend,
  PartnerMixReport,
  ClickDay,
];
