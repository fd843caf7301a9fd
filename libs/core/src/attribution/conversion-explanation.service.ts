import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CommissionEntryRow, ConversionTouch } from '../ledger/index.js';
import { QualityFlagRow } from '../quality/index.js';

/** The read model behind a conversion's explanation in the API (GET /v1/conversions/{id}). */
@Injectable()
export class ConversionExplanationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** What crediting recorded for a conversion: its credited touches, its ledger entries and its quality flags. */
  async explain(
    conversionId: string,
  ): Promise<{ touches: ConversionTouch[]; entries: CommissionEntryRow[]; flags: QualityFlagRow[] }> {
    const [touches, entries, flags] = await Promise.all([
      this.dataSource
        .getRepository(ConversionTouch)
        .find({ where: { conversionId }, order: { occurredAt: 'ASC', clickId: 'ASC' } }),
      this.dataSource.getRepository(CommissionEntryRow).find({ where: { conversionId }, order: { entryKey: 'ASC' } }),
      this.dataSource.getRepository(QualityFlagRow).find({ where: { conversionId }, order: { code: 'ASC' } }),
    ]);
    return { touches, entries, flags };
  }
}
