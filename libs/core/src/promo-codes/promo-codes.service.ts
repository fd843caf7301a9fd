import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { normalizeCode } from '#domain';
import {
  AppError,
  isoTimeMessage,
  newId,
  type Page,
  type PageQuery,
  paginate,
  parseIsoTime,
  uniqueViolation,
} from '../platform/index.js';
import { Partner } from '../catalog/index.js';
import { PromoCode } from './promo-code.entity.js';

export interface CreatePromoCodeInput {
  code: string;
  /** ISO 8601 with offset; open-ended when left out. */
  validFrom?: string;
  validTo?: string;
  exclusiveToAudience?: boolean;
}

/** A validity bound: past or future, so not an event time; open (null) when left out. */
function parseBound(value: string | undefined, field: string): Date | null {
  if (value === undefined) return null;
  const time = parseIsoTime(value);
  if (time === undefined) throw AppError.invalidField(field, isoTimeMessage(field));
  return time;
}

/** Promo codes a brand gives its partners; every method takes the brand id first. */
@Injectable()
export class PromoCodesService {
  constructor(
    @InjectRepository(PromoCode) private readonly codes: Repository<PromoCode>,
    @InjectRepository(Partner) private readonly partners: Repository<Partner>,
  ) {}

  async create(brandId: string, partnerId: string, input: CreatePromoCodeInput): Promise<PromoCode> {
    if (!(await this.partners.existsBy({ brandId, id: partnerId }))) throw AppError.notFound('partner', partnerId);
    const validFrom = parseBound(input.validFrom, 'validFrom');
    const validTo = parseBound(input.validTo, 'validTo');
    if (validFrom && validTo && validFrom > validTo) {
      throw AppError.invalidField('validTo', 'validTo must not be before validFrom');
    }
    const code = this.codes.create({
      id: newId(),
      brandId,
      partnerId,
      code: input.code.trim(),
      codeKey: normalizeCode(input.code),
      validFrom,
      validTo,
      exclusiveToAudience: input.exclusiveToAudience ?? false,
    });
    try {
      await this.codes.insert(code);
    } catch (error) {
      if (uniqueViolation(error) !== 'promo_codes_brand_code') throw error;
      throw new AppError(
        'conflict',
        `The code "${code.code}" is already assigned in this brand (codes are unique without regard to case); choose another`,
      );
    }
    return this.codes.findOneByOrFail({ id: code.id });
  }

  async listForPartner<Out>(
    brandId: string,
    partnerId: string,
    page: PageQuery,
    toOutput: (code: PromoCode) => Out,
  ): Promise<Page<Out>> {
    if (!(await this.partners.existsBy({ brandId, id: partnerId }))) throw AppError.notFound('partner', partnerId);
    const query = this.codes
      .createQueryBuilder('code')
      .where('code.brand_id = :brandId AND code.partner_id = :partnerId', { brandId, partnerId });
    return paginate(query, page, toOutput);
  }

  /** Every code of the brand with its partner, oldest first. */
  async listForBrand<Out>(brandId: string, page: PageQuery, toOutput: (code: PromoCode) => Out): Promise<Page<Out>> {
    const query = this.codes
      .createQueryBuilder('code')
      .innerJoinAndSelect('code.partner', 'partner')
      .where('code.brand_id = :brandId', { brandId });
    return paginate(query, page, toOutput);
  }
}
