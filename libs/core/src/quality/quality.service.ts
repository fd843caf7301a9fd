import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashCustomerKey, type QualitySettings, resolveQualitySettings } from '#domain';
import { Brand, Partner } from '../catalog/index.js';
import { AppError, type Page, type PageQuery, paginate } from '../platform/index.js';
import { QualityFlagRow } from './quality.entity.js';

/** A brand's quality rules and the customer keys its partners registered as their own. */
@Injectable()
export class QualityService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async rules(brandId: string): Promise<QualitySettings> {
    const brand = await this.dataSource.getRepository(Brand).findOneBy({ id: brandId });
    if (!brand) throw AppError.notFound('brand', brandId);
    return resolveQualitySettings(brand.qualityRules);
  }

  /** Replaces the brand's rules; a setting left out takes its default. Checked before it is stored. */
  async setRules(brandId: string, rules: Partial<QualitySettings>): Promise<QualitySettings> {
    let resolved: QualitySettings;
    try {
      resolved = resolveQualitySettings(rules);
    } catch (error) {
      const message = (error as Error).message;
      throw AppError.invalidField(message.split(' ')[0], message);
    }
    await this.dataSource.getRepository(Brand).update({ id: brandId }, { qualityRules: rules });
    return resolved;
  }

  /**
   * Registers a customer key as the partner's own (its staff, its household): the partner's
   * touches on that customer's conversions are flagged as self-referral. Stored as the brand's HMAC
   * of the key, like every customer key. Registering it twice is harmless.
   */
  async registerCustomerKey(brandId: string, partnerId: string, customerKey: string): Promise<{ registered: number }> {
    const [row] = await this.dataSource.query(
      `SELECT b.customer_key_secret FROM partners p JOIN brands b ON b.id = p.brand_id WHERE p.id = $1 AND p.brand_id = $2`,
      [partnerId, brandId],
    );
    if (!row) throw AppError.notFound('partner', partnerId);
    await this.dataSource.query(
      `INSERT INTO partner_customer_keys (partner_id, customer_key_hash, brand_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING`,
      [partnerId, hashCustomerKey(row.customer_key_secret, customerKey), brandId],
    );
    const [{ registered }] = await this.dataSource.query(
      'SELECT count(*)::int AS registered FROM partner_customer_keys WHERE partner_id = $1',
      [partnerId],
    );
    return { registered };
  }

  /**
   * A partner's quality hits: flags on its days (click flooding), flags naming it, and flags on
   * conversions it was credited in (so a partner overridden at the last second sees the hit too),
   * oldest first, each with the conversion's transaction id.
   */
  async flagsForPartner<Out>(
    brandId: string,
    partnerId: string,
    page: PageQuery,
    toOutput: (flag: QualityFlagRow & { transactionId: string | null }) => Out,
  ): Promise<Page<Out>> {
    if (!(await this.dataSource.getRepository(Partner).existsBy({ brandId, id: partnerId }))) {
      throw AppError.notFound('partner', partnerId);
    }
    const query = this.dataSource
      .getRepository(QualityFlagRow)
      .createQueryBuilder('flag')
      .where('flag.brand_id = :brandId', { brandId })
      .andWhere(
        `(flag.partner_id = :partnerId OR flag.conversion_id IN
           (SELECT t.conversion_id FROM conversion_touches t WHERE t.brand_id = :brandId AND t.partner_id = :partnerId))`,
        { partnerId },
      );
    const flags = await paginate(query, page, (flag) => flag);
    const conversionIds = [...new Set(flags.data.flatMap((flag) => (flag.conversionId ? [flag.conversionId] : [])))];
    const transactions = new Map<string, string>(
      conversionIds.length === 0
        ? []
        : (
            await this.dataSource.query(
              'SELECT id, transaction_id FROM conversions WHERE brand_id = $1 AND id = ANY($2::uuid[])',
              [brandId, conversionIds],
            )
          ).map((row: { id: string; transaction_id: string }) => [row.id, row.transaction_id]),
    );
    return {
      nextCursor: flags.nextCursor,
      data: flags.data.map((flag) =>
        toOutput(
          Object.assign(flag, {
            transactionId: flag.conversionId ? (transactions.get(flag.conversionId) ?? null) : null,
          }),
        ),
      ),
    };
  }
}
