import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  Max,
  Min,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
} from 'class-validator';
import { CURRENCY_CODES } from '#domain';
import { IsSlug, IsTimeZone, isHostname, PageQuery } from '#core/platform/index.js';

const LANDING_DOMAINS_DOC = {
  example: ['northwind.example'],
  description: 'Hosts (and their subdomains) links may point to.',
};
const CLICK_ID_PARAM_DOC = {
  example: 'pmx_cid',
  description: "The query parameter the click id is appended to on the brand's landing page.",
};

/** One to 50 lower-case host names (the same rule on create and on PATCH). */
function IsLandingDomains(): PropertyDecorator {
  const decorators = [
    IsArray({ message: 'landingDomains must be a list of host names' }),
    ArrayMinSize(1, { message: 'landingDomains must name at least one host' }),
    ArrayMaxSize(50, { message: 'landingDomains must name at most 50 hosts' }),
    ValidateBy(
      { name: 'isHostname', validator: { validate: (value: unknown) => isHostname(value) } },
      { each: true, message: 'each of landingDomains must be a lower-case host name such as "shop.example.com"' },
    ),
  ];
  return (target, key) => decorators.forEach((decorate) => decorate(target, key));
}

function IsClickIdParam(): PropertyDecorator {
  return Matches(/^[A-Za-z_][A-Za-z0-9_]{0,31}$/, {
    message: 'clickIdParam must be a query parameter name: letters, digits, "_" (max 32)',
  });
}

const MINIMUM_PAYOUT_DOC = {
  example: '25.00',
  description: "Statements below this are carried to the next month instead of paid (brand's currency).",
};

const SIGNED_POSTBACKS_DOC = {
  description:
    'Postbacks (GET /postback/..., POST /v1/conversions, /v1/clicks, /v1/impressions, reversals) must carry an ' +
    "HMAC-SHA256 signature made with the sending key's signing secret; key-only calls are refused (401).",
};
const RETENTION_DOC = {
  minimum: 1,
  maximum: 120,
  description: 'Raw clicks older than this many months are deleted; their daily counts per partner are kept.',
};

/** Trust and privacy settings, the same on create and on PATCH. */
class BrandTrustSettingsDto {
  @ApiPropertyOptional({ ...SIGNED_POSTBACKS_DOC, default: false })
  @IsOptional()
  @IsBoolean({ message: 'requireSignedPostbacks must be true or false' })
  requireSignedPostbacks?: boolean;

  @ApiPropertyOptional({ ...RETENTION_DOC, default: 13 })
  @IsOptional()
  @IsInt({ message: 'clickRetentionMonths must be a whole number of months' })
  @Min(1)
  @Max(120)
  clickRetentionMonths?: number;
}

const SLUG_DOC = {
  example: 'northwind-outdoor',
  description:
    'The public address of the program (`/apply/{slug}`): 3-63 lower-case letters, digits and single hyphens, ' +
    'unique; made from the name (with "-2", "-3" … when taken) unless given.',
};
const DESCRIPTION_DOC = { maxLength: 5000, description: 'The program page: what the program offers (plain text).' };
const TERMS_DOC = { maxLength: 20000, description: 'The terms partners apply under (plain text).' };

/** The public program page: slug, description and terms, the same on create and on PATCH. */
class BrandProgramSettingsDto extends BrandTrustSettingsDto {
  @ApiPropertyOptional(SLUG_DOC)
  @IsOptional()
  @IsSlug()
  slug?: string;

  @ApiPropertyOptional(DESCRIPTION_DOC)
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  programDescription?: string;

  @ApiPropertyOptional(TERMS_DOC)
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  programTerms?: string;
}

export class CreateBrandDto extends BrandProgramSettingsDto {
  @ApiProperty({ example: 'Northwind Outdoor' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code; all money of the brand is kept in it.' })
  @IsIn(CURRENCY_CODES, { message: 'currency must be an ISO 4217 code such as "EUR" or "USD"' })
  currency: string;

  @ApiProperty({ example: 'Europe/Berlin', description: 'IANA time zone; reports and quarters follow it.' })
  @IsTimeZone()
  timezone: string;

  @ApiProperty(LANDING_DOMAINS_DOC)
  @IsLandingDomains()
  landingDomains: string[];

  @ApiPropertyOptional({ ...CLICK_ID_PARAM_DOC, default: 'pmx_cid' })
  @IsOptional()
  @IsClickIdParam()
  clickIdParam?: string;

  @ApiPropertyOptional({ ...MINIMUM_PAYOUT_DOC, default: '0' })
  @IsOptional()
  @IsString({ message: 'minimumPayout must be a decimal string such as "25.00"' })
  @MaxLength(40)
  minimumPayout?: string;
}

export class UpdateBrandDto extends BrandProgramSettingsDto {
  @ApiPropertyOptional({ example: 'Northwind Outdoor' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional(MINIMUM_PAYOUT_DOC)
  @IsOptional()
  @IsString({ message: 'minimumPayout must be a decimal string such as "25.00"' })
  @MaxLength(40)
  minimumPayout?: string;

  @ApiPropertyOptional({
    ...LANDING_DOMAINS_DOC,
    description: `${LANDING_DOMAINS_DOC.description} Replaces the list; links made before keep their destination.`,
  })
  @IsOptional()
  @IsLandingDomains()
  landingDomains?: string[];

  @ApiPropertyOptional({
    ...CLICK_ID_PARAM_DOC,
    description: `${CLICK_ID_PARAM_DOC.description} Redirects use the new name at once.`,
  })
  @IsOptional()
  @IsClickIdParam()
  clickIdParam?: string;
}

export class BrandResponse {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() currency: string;
  @ApiProperty() timezone: string;
  @ApiProperty({ type: [String] }) landingDomains: string[];
  @ApiProperty() clickIdParam: string;
  @ApiProperty({ example: '25.00' }) minimumPayout: string;
  @ApiProperty(SIGNED_POSTBACKS_DOC) requireSignedPostbacks: boolean;
  @ApiProperty(RETENTION_DOC) clickRetentionMonths: number;
  @ApiProperty(SLUG_DOC) slug: string;
  @ApiProperty(DESCRIPTION_DOC) programDescription: string;
  @ApiProperty(TERMS_DOC) programTerms: string;
}

/** What anyone may read of a brand: its program page. */
export class PublicBrandResponse {
  @ApiProperty({ example: 'Northwind Outdoor' }) name: string;
  @ApiProperty(SLUG_DOC) slug: string;
  @ApiProperty(DESCRIPTION_DOC) programDescription: string;
  @ApiProperty(TERMS_DOC) programTerms: string;
  @ApiProperty({ example: 'EUR' }) currency: string;
}

export class BrandPage {
  @ApiProperty({ type: [BrandResponse] }) data: BrandResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ListBrandsQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'A part of the name or slug, any case.', maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}
