import { ApiKey } from './api-keys/api-key.entity.js';
import { Brand } from './brands/brand.entity.js';
import { CommissionEntryRow, ConversionTouch } from './engine/ledger.entity.js';
import { PartnerRunningTotal } from './engine/running-totals.js';
import { CommissionPlanVersion } from './commissions/commission-plan.entity.js';
import { Conversion, ConversionReversal } from './conversions/conversion.entity.js';
import { Link } from './links/link.entity.js';
import { Partner } from './partners/partner.entity.js';
import { ClickDay } from './privacy/click-day.entity.js';
import { Statement } from './statements/statement.entity.js';
import { Click, ImpressionDay } from './tracking/click.entity.js';

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
  ClickDay,
];
