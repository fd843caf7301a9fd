import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '#auth';
import { type Brand, BrandsService } from '#core/catalog/index.js';
import { PublicBrandResponse } from './dto/create-brand.dto.js';

export function presentPublicBrand(brand: Brand): PublicBrandResponse {
  return {
    name: brand.name,
    slug: brand.slug,
    programDescription: brand.programDescription,
    programTerms: brand.programTerms,
    currency: brand.currency,
  };
}

/** The program page of a brand, for the public application form (`/apply/{slug}`): no key. */
@ApiTags('public')
@Controller('v1/public/brands')
export class PublicBrandsController {
  constructor(private readonly brands: BrandsService) {}

  @Get(':brandSlug')
  @Public()
  @ApiOkResponse({ type: PublicBrandResponse })
  async get(@Param('brandSlug') brandSlug: string): Promise<PublicBrandResponse> {
    return presentPublicBrand(await this.brands.getBySlug(brandSlug));
  }
}
