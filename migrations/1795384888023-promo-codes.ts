import { MigrationInterface, QueryRunner } from 'typeorm';

export class PromoCodes1795384888023 implements MigrationInterface {
  name = 'PromoCodes1795384888023';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "promo_codes" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "code" character varying(64) NOT NULL, "code_key" character varying(64) NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE, "valid_to" TIMESTAMP WITH TIME ZONE, "exclusive_to_audience" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "promo_codes_validity_check" CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to), CONSTRAINT "PK_c7b4f01710fda5afa056a2b4a35" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "promo_codes_brand_partner_id" ON "promo_codes"  ("brand_id", "partner_id", "id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "promo_codes_brand_code" ON "promo_codes"  ("brand_id", "code_key") `);
    await queryRunner.query(
      `CREATE TABLE "conversion_code_flags" ("conversion_id" uuid NOT NULL, "flag" character varying(32) NOT NULL, "brand_id" uuid NOT NULL, "promo_code_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversion_code_flags_flag_check" CHECK (flag IN ('code_leak', 'code_outside_audience')), CONSTRAINT "PK_cd28f7c66edb497e02e0ab6fb67" PRIMARY KEY ("conversion_id", "flag"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "conversion_code_flags_brand" ON "conversion_code_flags"  ("brand_id", "flag") `,
    );
    await queryRunner.query(`ALTER TABLE "conversions" ADD "coupon_code" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "conversions" ADD "channel" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "conversions" ADD "agent" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "conversion_touches" ADD "promo_code_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "conversions_brand_coupon" ON "conversions"  ("brand_id", "coupon_code", "occurred_at") WHERE coupon_code IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "promo_codes" ADD CONSTRAINT "FK_45cdfa490f20533afc434d99ad7" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "promo_codes" ADD CONSTRAINT "FK_bcf994deb5950324ee37d11391f" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversion_code_flags" ADD CONSTRAINT "FK_374974ddb095283e8b828c1b93c" FOREIGN KEY ("conversion_id") REFERENCES "conversions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversion_code_flags" DROP CONSTRAINT "FK_374974ddb095283e8b828c1b93c"`);
    await queryRunner.query(`ALTER TABLE "promo_codes" DROP CONSTRAINT "FK_bcf994deb5950324ee37d11391f"`);
    await queryRunner.query(`ALTER TABLE "promo_codes" DROP CONSTRAINT "FK_45cdfa490f20533afc434d99ad7"`);
    await queryRunner.query(`DROP INDEX "public"."conversions_brand_coupon"`);
    await queryRunner.query(`ALTER TABLE "conversion_touches" DROP COLUMN "promo_code_id"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "agent"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "channel"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "coupon_code"`);
    await queryRunner.query(`DROP INDEX "public"."conversion_code_flags_brand"`);
    await queryRunner.query(`DROP TABLE "conversion_code_flags"`);
    await queryRunner.query(`DROP INDEX "public"."promo_codes_brand_code"`);
    await queryRunner.query(`DROP INDEX "public"."promo_codes_brand_partner_id"`);
    await queryRunner.query(`DROP TABLE "promo_codes"`);
  }
}
