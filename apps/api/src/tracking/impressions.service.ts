import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '#core/platform/index.js';
import { TrackingLookupService } from '#core/tracking/index.js';
import { type ImpressionsDto, type ImpressionsResponse } from './dto/clicks.dto.js';

@Injectable()
export class ImpressionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: TrackingLookupService,
  ) {}

  /** Adds the count to the partner's day in one atomic upsert and returns the day's total. */
  async add(brandId: string, input: ImpressionsDto): Promise<ImpressionsResponse> {
    if (!(await this.lookup.partner(brandId, input.partnerId))) {
      throw AppError.invalidField('partnerId', `No partner "${input.partnerId}" in this brand`);
    }
    const rows: { count: string }[] = await this.dataSource.query(
      `INSERT INTO impressions_daily (brand_id, partner_id, day, count) VALUES ($1, $2, $3, $4)
       ON CONFLICT (brand_id, partner_id, day) DO UPDATE SET count = impressions_daily.count + EXCLUDED.count
       RETURNING count`,
      [brandId, input.partnerId, input.date, input.count],
    );
    return { partnerId: input.partnerId, date: input.date, count: Number(rows[0].count) };
  }
}
