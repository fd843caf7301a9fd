import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { type QualitySettings } from '#domain';
import { bigintNumber } from '../../platform/index.js';

/** A brand is the tenant: everything else belongs to exactly one brand. */
@Entity('brands')
@Index('brands_slug', ['slug'], { unique: true })
export class Brand {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The brand's public address (`/apply/{slug}`): made from the name, editable, unique (isSlug). */
  @Column({ type: 'varchar', length: 63 })
  slug: string;

  /** The program page's description for prospective partners (plain text, up to 5,000 characters). */
  @Column({ name: 'program_description', type: 'text', default: '' })
  programDescription: string;

  /** The program's terms partners apply under (plain text, up to 20,000 characters). */
  @Column({ name: 'program_terms', type: 'text', default: '' })
  programTerms: string;

  /** ISO 4217 code; all of the brand's money is kept in it. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  /** IANA time zone; reports, statement months and quarters follow it. */
  @Column({ type: 'varchar', length: 64 })
  timezone: string;

  /** Hosts tracking links may send people to (a host or any of its subdomains). */
  @Column({ name: 'landing_domains', type: 'text', array: true })
  landingDomains: string[];

  /** Query parameter that carries the click id to the brand's site. */
  @Column({ name: 'click_id_param', type: 'varchar', length: 32, default: 'pmx_cid' })
  clickIdParam: string;

  /** Statements whose total is below this are carried to the next month instead of paid (minor units). */
  @Column({ name: 'minimum_payout_minor', type: 'bigint', default: 0, transformer: bigintNumber })
  minimumPayoutMinor: number;

  /** The brand's quality (fraud) rules, over the defaults of libs/domain's quality rules. */
  @Column({ name: 'quality_rules', type: 'jsonb', default: () => "'{}'" })
  qualityRules: Partial<QualitySettings>;

  /** Key of the HMAC that customer keys are stored under; never leaves the server. */
  @Column({ name: 'customer_key_secret', type: 'bytea' })
  customerKeySecret: Buffer;

  /** Postbacks must carry an HMAC signature made with the sending key's signing secret. */
  @Column({ name: 'require_signed_postbacks', type: 'boolean', default: false })
  requireSignedPostbacks: boolean;

  /** Raw clicks older than this many months are deleted, their daily counts kept (clicks_daily). */
  @Column({ name: 'click_retention_months', type: 'smallint', default: 13 })
  clickRetentionMonths: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
