export { PlatformModule } from './platform.module.js';
export { AppError, ERROR_STATUS, type ErrorCode, errorEnvelope, type FieldProblem } from './app-error.js';
export { CacheInvalidationService } from './cache/cache-invalidation.service.js';
export { TtlCache } from './cache/ttl-cache.js';
export { Clock } from './clock.js';
export { checkDependencies, type DependencyHealth } from './dependency-health.js';
export { createLogger, PinoNestLogger, redactUrl, requestIdFor } from './logger.js';
export {
  type OutboxFact,
  type OutboxFacts,
  type OutboxFactType,
  TEST_EVENT,
  WEBHOOK_EVENTS,
  type WebhookEvent,
} from './outbox/events.js';
export { type MailMessage, type MailOutcome, Mailer } from './mail/mailer.js';
export { OutboxEvent } from './outbox/outbox.entity.js';
export { Outbox } from './outbox/outbox.js';
export { DEFAULT_PAGE_SIZE, type Page, PageQuery, paginate } from './page.js';
export { bulkInsert } from './persistence/bulk-insert.js';
export { isUuid, newId } from './persistence/ids.js';
export { isDatabaseUnavailable, uniqueViolation } from './persistence/pg-errors.js';
export { withTimeout } from './persistence/timeout.js';
export { bigintNumber } from './persistence/transformers.js';
export { parseEventTime } from './validation/event-time.js';
export {
  isCalendarDate,
  IsCalendarDate,
  IsIsoTime,
  isoTimeMessage,
  type IsoTimeOptions,
  parseIsoTime,
} from './validation/iso-time.js';
export { moneyProblem, parseMoneyField } from './validation/money.js';
export {
  hostMatchesDomain,
  isHostname,
  IsPeriodKey,
  isSlug,
  IsSlug,
  IsTimeZone,
  IsUuid,
  SLUG_MAX_LENGTH,
  SLUG_MIN_LENGTH,
} from './validation/validators.js';
export { ENQUEUE_WAIT_MS, enqueueOrLeaveToSweep, SWEEP_MIN_AGE_SECONDS } from './durable-enqueue.js';
export { type QuerySet, sqlList, sqlLiterals } from './persistence/sql.js';
