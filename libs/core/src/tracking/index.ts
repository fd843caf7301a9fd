export { TrackingModule } from './tracking.module.js';
export { buildClick } from './click-factory.js';
export {
  CLICK_ENTRY_FORMAT,
  CLICK_STREAM,
  CLICK_STREAM_GROUP,
  type ClickRecord,
  decodeClicks,
  encodeClicks,
  SUB_IDS,
  type SubIds,
} from './click-record.js';
export { ClickRetentionService } from './click-retention.service.js';
export { ClickWriterService } from './click-writer.service.js';
export { Click } from './click.entity.js';
export { ClickDay, ImpressionDay } from './daily-counts.entity.js';
export { type BrandSettings, TrackingLookupService } from './tracking-lookup.service.js';
