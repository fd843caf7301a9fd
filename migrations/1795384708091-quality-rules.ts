import { MigrationInterface, QueryRunner } from 'typeorm';

export class QualityRules1795384708091 implements MigrationInterface {
  name = 'QualityRules1795384708091';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "quality_flags" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "conversion_id" uuid, "partner_id" uuid, "day" date, "code" character varying(32) NOT NULL, "evidence" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0adb85c9d17e94c09e44374bc84" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "quality_flags_partner_day" ON "quality_flags"  ("partner_id", "day", "code") WHERE conversion_id IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "quality_flags_brand_partner" ON "quality_flags"  ("brand_id", "partner_id", "created_at") `,
    );
    await queryRunner.query(`CREATE INDEX "quality_flags_conversion" ON "quality_flags"  ("conversion_id") `);
    await queryRunner.query(
      `CREATE TABLE "partner_customer_keys" ("partner_id" uuid NOT NULL, "customer_key_hash" character(64) NOT NULL, "brand_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d134a20d48727b4e8263f79987f" PRIMARY KEY ("partner_id", "customer_key_hash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partner_customer_keys_brand_key" ON "partner_customer_keys"  ("brand_id", "customer_key_hash") `,
    );
    await queryRunner.query(`ALTER TABLE "brands" ADD "quality_rules" jsonb NOT NULL DEFAULT '{}'`);
    // Conversions a quality rule flagged wait in 'review' for a manager.
    await queryRunner.query(`ALTER TABLE "conversions" DROP CONSTRAINT "conversions_status_check"`);
    await queryRunner.query(
      `ALTER TABLE "conversions" ADD CONSTRAINT "conversions_status_check" CHECK (status IN ('pending', 'review', 'approved', 'rejected', 'reversed'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "quality_flags" ADD CONSTRAINT "FK_e0bb218163a6f71f520dc381c46" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quality_flags" ADD CONSTRAINT "FK_6cc17032ec8854dd29c8d057ff3" FOREIGN KEY ("conversion_id") REFERENCES "conversions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "quality_flags" ADD CONSTRAINT "FK_e0585d7e0cb3e740844c2d33a0d" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_customer_keys" ADD CONSTRAINT "FK_fb7c32a578f4444bbf2b64211de" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_customer_keys" DROP CONSTRAINT "FK_fb7c32a578f4444bbf2b64211de"`);
    await queryRunner.query(`ALTER TABLE "quality_flags" DROP CONSTRAINT "FK_e0585d7e0cb3e740844c2d33a0d"`);
    await queryRunner.query(`ALTER TABLE "quality_flags" DROP CONSTRAINT "FK_6cc17032ec8854dd29c8d057ff3"`);
    await queryRunner.query(`ALTER TABLE "quality_flags" DROP CONSTRAINT "FK_e0bb218163a6f71f520dc381c46"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "quality_rules"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP CONSTRAINT "conversions_status_check"`);
    await queryRunner.query(`UPDATE "conversions" SET status = 'pending' WHERE status = 'review'`);
    await queryRunner.query(
      `ALTER TABLE "conversions" ADD CONSTRAINT "conversions_status_check" CHECK (status IN ('pending', 'approved', 'rejected', 'reversed'))`,
    );
    await queryRunner.query(`DROP INDEX "public"."partner_customer_keys_brand_key"`);
    await queryRunner.query(`DROP TABLE "partner_customer_keys"`);
    await queryRunner.query(`DROP INDEX "public"."quality_flags_conversion"`);
    await queryRunner.query(`DROP INDEX "public"."quality_flags_brand_partner"`);
    await queryRunner.query(`DROP INDEX "public"."quality_flags_partner_day"`);
    await queryRunner.query(`DROP TABLE "quality_flags"`);
  }
}
