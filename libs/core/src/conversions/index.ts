export { ConversionsModule } from './conversions.module.js';
export { AttributionQueueService } from './attribution-queue.service.js';
export {
  Conversion,
  CONVERSION_CHANNELS,
  CONVERSION_SOURCES,
  CONVERSION_STATUS_REASONS,
  CONVERSION_STATUSES,
  type ConversionChannel,
  type ConversionSource,
  type ConversionStatus,
  ConversionReversal,
  type JourneySource,
  POSTED_STATUSES,
  type PostedStatus,
} from './conversion.entity.js';
export { type ConversionListFilter, type ConversionListRow, ConversionsService } from './conversions.service.js';
