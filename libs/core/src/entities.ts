import { Invite, Membership, PasswordReset, Session, User } from './accounts/index.js';
import { PartnerApplication } from './applications/index.js';
import { ApiKey, Brand, Link, Partner } from './catalog/index.js';
import { Conversion, ConversionReversal } from './conversions/index.js';
import { CommissionEntryRow, ConversionTouch, PartnerRunningTotal } from './ledger/index.js';
import { Statement } from './payouts/index.js';
import { CommissionPlanVersion } from './plans/index.js';
import { OutboxEvent } from './platform/index.js';
import { ConversionCodeFlag, PromoCode } from './promo-codes/index.js';
import { PartnerCustomerKey, QualityFlagRow } from './quality/index.js';
import { MarketingSpend, PartnerMixReport, PartnerMixTarget } from './reports/index.js';
import { Click, ClickDay, ImpressionDay } from './tracking/index.js';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhooks/index.js';

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
  User,
  Membership,
  Session,
  Invite,
  PasswordReset,
  PartnerApplication,
];
