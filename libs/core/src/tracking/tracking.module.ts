import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Brand, Link, Partner } from '../catalog/index.js';
import { ClickRetentionService } from './click-retention.service.js';
import { ClickWriterService } from './click-writer.service.js';
import { Click } from './click.entity.js';
import { ClickDay, ImpressionDay } from './daily-counts.entity.js';
import { TrackingLookupService } from './tracking-lookup.service.js';

const SERVICES = [ClickWriterService, TrackingLookupService, ClickRetentionService];

/** Clicks, impressions and their daily counts, the cached lookups of the redirect, click retention. */
@Module({
  imports: [TypeOrmModule.forFeature([Click, ImpressionDay, ClickDay, Brand, Link, Partner])],
  providers: SERVICES,
  exports: SERVICES,
})
export class TrackingModule {}
