import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Partner } from '../catalog/index.js';
import { Conversion, ConversionReversal } from '../conversions/index.js';
import { CommissionEntryRow, ConversionTouch } from '../ledger/index.js';
import { ConversionCodeFlag } from '../promo-codes/index.js';
import { QualityFlagRow } from '../quality/index.js';

/** A conversion as crediting left it: the row, its credited touches, ledger entries and flags. */
export interface ConversionExplanation {
  conversion: Conversion;
  touches: ConversionTouch[];
  entries: CommissionEntryRow[];
  flags: QualityFlagRow[];
  /** Promo-code flags (`outside_audience`, `leaked`…), sorted. */
  codeFlags: string[];
  /** Its refunds, oldest first. */
  reversals: ConversionReversal[];
  /** The names of the partners its touches, entries and flags name, by id. */
  partnerNames: Map<string, string>;
}

/** The read model behind a conversion's explanation in the API (GET /v1/conversions/{id}). */
@Injectable()
export class ConversionExplanationService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Reads everything from one snapshot (REPEATABLE READ): crediting writes the row's
   * `attributedAt`, touches, entries and flags in one transaction, and a reader must not see the
   * flags of a crediting that its conversion row does not show yet.
   */
  async explain(conversionId: string): Promise<ConversionExplanation> {
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const conversion = await manager.findOneByOrFail(Conversion, { id: conversionId });
      const touches = await manager.find(ConversionTouch, {
        where: { conversionId },
        order: { occurredAt: 'ASC', clickId: 'ASC' },
      });
      const entries = await manager.find(CommissionEntryRow, { where: { conversionId }, order: { entryKey: 'ASC' } });
      const flags = await manager.find(QualityFlagRow, { where: { conversionId }, order: { code: 'ASC' } });
      const codeFlags = await manager.find(ConversionCodeFlag, { where: { conversionId }, order: { flag: 'ASC' } });
      const reversals = await manager.find(ConversionReversal, {
        where: { conversionId },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const partnerIds = [
        ...new Set([...touches, ...entries, ...flags].map((row) => row.partnerId).filter((id) => id !== null)),
      ];
      const partners = partnerIds.length
        ? await manager.find(Partner, { where: { id: In(partnerIds) }, select: { id: true, name: true } })
        : [];
      return {
        conversion,
        touches,
        entries,
        flags,
        codeFlags: codeFlags.map((row) => row.flag),
        reversals,
        partnerNames: new Map(partners.map((partner) => [partner.id, partner.name])),
      };
    });
  }
}
