import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashCustomerKey } from '#domain';
import { AppError } from '../platform/index.js';
import { TrackingLookupService } from '../tracking/index.js';

export interface ErasureResult {
  clicksDeleted: number;
  conversionsAnonymised: number;
}

/**
 * A customer's right to erasure. Customer keys are only ever stored as an HMAC under the brand's
 * secret, so the key the manager sends is hashed the same way to find what belongs to it: the
 * customer's clicks (by key, and the clicks its conversions name) are deleted; its conversions
 * stay for accounting (amounts, status, the ledger and the credited touches) but lose the key,
 * the click id, and the fingerprint of the posted body, which was derived from the key.
 */
@Injectable()
export class CustomerErasureService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lookup: TrackingLookupService,
  ) {}

  async erase(brandId: string, customerKey: string): Promise<ErasureResult> {
    const brand = await this.lookup.brand(brandId);
    if (!brand) throw AppError.notFound('brand', brandId);
    const keyHash = hashCustomerKey(brand.customerKeySecret, customerKey);
    return this.dataSource.transaction(async (manager) => {
      const conversions: { id: string; click_id: string | null }[] = await manager.query(
        `SELECT id, click_id FROM conversions WHERE brand_id = $1 AND customer_key_hash = $2 FOR UPDATE`,
        [brandId, keyHash],
      );
      // TypeORM answers a DELETE with [rows, affected].
      const [, byKey]: [unknown, number] = await manager.query(
        `DELETE FROM clicks WHERE brand_id = $1 AND customer_key_hash = $2`,
        [brandId, keyHash],
      );
      const namedClicks = conversions.flatMap((row) => (row.click_id ? [row.click_id] : []));
      const [, byConversion]: [unknown, number] =
        namedClicks.length === 0
          ? [[], 0]
          : await manager.query(`DELETE FROM clicks WHERE brand_id = $1 AND id = ANY($2::uuid[])`, [
              brandId,
              namedClicks,
            ]);
      if (conversions.length > 0) {
        // A replay of the original body now answers 409: nothing is left to recognise it by.
        await manager.query(
          `UPDATE conversions
              SET customer_key_hash = NULL, click_id = NULL,
                  fingerprint = encode(sha256(convert_to('erased:' || id::text, 'UTF8')), 'hex'),
                  updated_at = now()
            WHERE id = ANY($1::uuid[])`,
          [conversions.map((row) => row.id)],
        );
      }
      return { clicksDeleted: byKey + byConversion, conversionsAnonymised: conversions.length };
    });
  }
}
