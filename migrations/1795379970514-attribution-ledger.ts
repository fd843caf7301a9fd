import { MigrationInterface, QueryRunner } from 'typeorm';

export class AttributionLedger1795379970514 implements MigrationInterface {
  name = 'AttributionLedger1795379970514';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversion_touches" ("conversion_id" uuid NOT NULL, "click_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "base_weight" character varying(200) NOT NULL, "role_weight" character varying(200) NOT NULL, "credit" character varying(200) NOT NULL, "attributed_revenue_minor" bigint NOT NULL, CONSTRAINT "PK_cfdca410c549c5f9b323a811628" PRIMARY KEY ("conversion_id", "click_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "conversion_touches_brand_partner" ON "conversion_touches"  ("brand_id", "partner_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "commission_entries" ("id" uuid NOT NULL, "entry_key" character varying(200) NOT NULL, "brand_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "conversion_id" uuid, "reversal_id" uuid, "kind" character varying(24) NOT NULL, "amount_minor" bigint NOT NULL, "capped_minor" bigint NOT NULL DEFAULT '0', "currency" character(3) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'pending', "plan_id" uuid, "rule_index" integer, "rate_bps" integer, "tier_index" integer, "credit" character varying(200), "attributed_revenue_minor" bigint, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approvable_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "commission_entries_status_check" CHECK (status IN ('pending', 'approved', 'rejected')), CONSTRAINT "commission_entries_kind_check" CHECK (kind IN ('cps', 'cpa', 'new_customer_bonus', 'capped', 'cpc', 'cpm', 'flat_fee')), CONSTRAINT "PK_35b5372834c1af9e381d1bd2f97" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "commission_entries_approvable" ON "commission_entries"  ("approvable_at") WHERE status = 'pending'`,
    );
    await queryRunner.query(`CREATE INDEX "commission_entries_conversion" ON "commission_entries"  ("conversion_id") `);
    await queryRunner.query(
      `CREATE INDEX "commission_entries_partner_time" ON "commission_entries"  ("brand_id", "partner_id", "occurred_at") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "commission_entries_key" ON "commission_entries"  ("entry_key") `);
    await queryRunner.query(`ALTER TABLE "conversions" ADD "attributed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "conversions" ADD "journey_source" character varying(16)`);
    await queryRunner.query(`ALTER TABLE "conversions" ADD "plan_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "conversion_touches" ADD CONSTRAINT "FK_db65d01b1ae4b90b6082024f6d3" FOREIGN KEY ("conversion_id") REFERENCES "conversions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_entries" ADD CONSTRAINT "FK_0091bb66ee7afa74c33bf95b851" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_entries" ADD CONSTRAINT "FK_da2fb9738ecc8e3e213c81a7085" FOREIGN KEY ("conversion_id") REFERENCES "conversions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commission_entries" DROP CONSTRAINT "FK_da2fb9738ecc8e3e213c81a7085"`);
    await queryRunner.query(`ALTER TABLE "commission_entries" DROP CONSTRAINT "FK_0091bb66ee7afa74c33bf95b851"`);
    await queryRunner.query(`ALTER TABLE "conversion_touches" DROP CONSTRAINT "FK_db65d01b1ae4b90b6082024f6d3"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "plan_id"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "journey_source"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "attributed_at"`);
    await queryRunner.query(`DROP INDEX "public"."commission_entries_key"`);
    await queryRunner.query(`DROP INDEX "public"."commission_entries_partner_time"`);
    await queryRunner.query(`DROP INDEX "public"."commission_entries_conversion"`);
    await queryRunner.query(`DROP INDEX "public"."commission_entries_approvable"`);
    await queryRunner.query(`DROP TABLE "commission_entries"`);
    await queryRunner.query(`DROP INDEX "public"."conversion_touches_brand_partner"`);
    await queryRunner.query(`DROP TABLE "conversion_touches"`);
  }
}
