import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppError } from '../errors/app-error.js';
import { newId } from '../persistence/ids.js';
import { Brand } from './brand.entity.js';

export const DEFAULT_CLICK_ID_PARAM = 'pmx_cid';

export interface CreateBrandInput {
  name: string;
  currency: string;
  timezone: string;
  landingDomains: string[];
  clickIdParam?: string;
}

@Injectable()
export class BrandsService {
  constructor(@InjectRepository(Brand) private readonly brands: Repository<Brand>) {}

  async create(input: CreateBrandInput): Promise<Brand> {
    const brand = this.brands.create({
      id: newId(),
      name: input.name,
      currency: input.currency,
      timezone: input.timezone,
      landingDomains: [...new Set(input.landingDomains.map((domain) => domain.toLowerCase()))],
      clickIdParam: input.clickIdParam ?? DEFAULT_CLICK_ID_PARAM,
      customerKeySecret: randomBytes(32),
    });
    return this.brands.save(brand);
  }

  async get(id: string): Promise<Brand> {
    const brand = await this.brands.findOneBy({ id });
    if (!brand) throw AppError.notFound('brand', id);
    return brand;
  }
}
