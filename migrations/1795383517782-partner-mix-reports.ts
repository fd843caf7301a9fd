import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerMixReports1795383517782 implements MigrationInterface {
  name = 'PartnerMixReports1795383517782';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partner_mix_targets" ("brand_id" uuid NOT NULL, "awareness" numeric(5,4) NOT NULL, "consideration" numeric(5,4) NOT NULL, "conversion" numeric(5,4) NOT NULL, "retention" numeric(5,4) NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partner_mix_targets_sum_check" CHECK (awareness + consideration + conversion + retention = 1 AND LEAST(awareness, consideration, conversion, retention) >= 0), CONSTRAINT "PK_424c8369c6b6a5f06b1af967ce9" PRIMARY KEY ("brand_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "marketing_spend" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "channel" character varying(100) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "marketing_spend_amount_check" CHECK (amount_minor >= 0), CONSTRAINT "marketing_spend_period_check" CHECK (period_end >= period_start), CONSTRAINT "PK_b7038347320ae12e4263fb21a0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "marketing_spend_brand_period" ON "marketing_spend"  ("brand_id", "period_start") `,
    );
    await queryRunner.query(
      `CREATE TABLE "partner_mix_reports" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "quarter" character varying(7) NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'queued', "trigger" character varying(12) NOT NULL, "body" jsonb, "error" character varying(500), "started_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partner_mix_reports_trigger_check" CHECK (trigger IN ('scheduled', 'on_demand')), CONSTRAINT "partner_mix_reports_status_check" CHECK (status IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "PK_0f00b14c244c5fc989e91b704de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "partner_mix_reports_queued" ON "partner_mix_reports"  ("created_at") WHERE status = 'queued'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "partner_mix_reports_scheduled" ON "partner_mix_reports"  ("brand_id", "quarter") WHERE trigger = 'scheduled'`,
    );
    await queryRunner.query(`CREATE INDEX "partner_mix_reports_brand" ON "partner_mix_reports"  ("brand_id", "id") `);
    await queryRunner.query(
      `ALTER TABLE "partner_mix_targets" ADD CONSTRAINT "FK_424c8369c6b6a5f06b1af967ce9" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "marketing_spend" ADD CONSTRAINT "FK_9e31e257ff5b68dc7dfeff597f8" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_mix_reports" ADD CONSTRAINT "FK_1bb0fbb2ec280e2c500550f664d" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_mix_reports" DROP CONSTRAINT "FK_1bb0fbb2ec280e2c500550f664d"`);
    await queryRunner.query(`ALTER TABLE "marketing_spend" DROP CONSTRAINT "FK_9e31e257ff5b68dc7dfeff597f8"`);
    await queryRunner.query(`ALTER TABLE "partner_mix_targets" DROP CONSTRAINT "FK_424c8369c6b6a5f06b1af967ce9"`);
    await queryRunner.query(`DROP INDEX "public"."partner_mix_reports_brand"`);
    await queryRunner.query(`DROP INDEX "public"."partner_mix_reports_scheduled"`);
    await queryRunner.query(`DROP INDEX "public"."partner_mix_reports_queued"`);
    await queryRunner.query(`DROP TABLE "partner_mix_reports"`);
    await queryRunner.query(`DROP INDEX "public"."marketing_spend_brand_period"`);
    await queryRunner.query(`DROP TABLE "marketing_spend"`);
    await queryRunner.query(`DROP TABLE "partner_mix_targets"`);
  }
}
