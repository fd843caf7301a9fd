import { MigrationInterface, QueryRunner } from 'typeorm';

export class PayoutStatements1795383317011 implements MigrationInterface {
  name = 'PayoutStatements1795383317011';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "statements" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "period" character varying(7) NOT NULL, "currency" character(3) NOT NULL, "opening_balance_minor" bigint NOT NULL, "earned_minor" bigint NOT NULL, "total_minor" bigint NOT NULL, "threshold_minor" bigint NOT NULL, "amount_due_minor" bigint NOT NULL, "carried_forward_minor" bigint NOT NULL, "status" character varying(8) NOT NULL DEFAULT 'issued', "paid_reference" character varying(200), "paid_at" TIMESTAMP WITH TIME ZONE, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "statements_status_check" CHECK (status IN ('issued', 'paid')), CONSTRAINT "PK_7f53bcddeb706df7ea7eec10b8d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "statements_brand_period" ON "statements"  ("brand_id", "period") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "statements_partner_period" ON "statements"  ("partner_id", "period") `,
    );
    await queryRunner.query(`ALTER TABLE "brands" ADD "minimum_payout_minor" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "conversions" ADD "status_reason" character varying(32)`);
    await queryRunner.query(`ALTER TABLE "conversions" ADD "status_note" character varying(500)`);
    // Rejections so far all came from the brand's system (postbacks).
    await queryRunner.query(
      `UPDATE "conversions" SET "status_reason" = 'advertiser_rejected' WHERE status = 'rejected'`,
    );
    await queryRunner.query(`ALTER TABLE "commission_entries" ADD "statement_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "commission_entries_unstated" ON "commission_entries"  ("brand_id", "partner_id") WHERE status = 'approved' AND statement_id IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "commission_entries_statement" ON "commission_entries"  ("statement_id") `);
    await queryRunner.query(
      `ALTER TABLE "statements" ADD CONSTRAINT "FK_746236348bbcc4055df4d0f342a" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "statements" ADD CONSTRAINT "FK_00ca3ab9f62b23f3c845e195272" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_entries" ADD CONSTRAINT "FK_492d68db964406b7d51906b460c" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commission_entries" DROP CONSTRAINT "FK_492d68db964406b7d51906b460c"`);
    await queryRunner.query(`ALTER TABLE "statements" DROP CONSTRAINT "FK_00ca3ab9f62b23f3c845e195272"`);
    await queryRunner.query(`ALTER TABLE "statements" DROP CONSTRAINT "FK_746236348bbcc4055df4d0f342a"`);
    await queryRunner.query(`DROP INDEX "public"."commission_entries_statement"`);
    await queryRunner.query(`DROP INDEX "public"."commission_entries_unstated"`);
    await queryRunner.query(`ALTER TABLE "commission_entries" DROP COLUMN "statement_id"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "status_note"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP COLUMN "status_reason"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "minimum_payout_minor"`);
    await queryRunner.query(`DROP INDEX "public"."statements_partner_period"`);
    await queryRunner.query(`DROP INDEX "public"."statements_brand_period"`);
    await queryRunner.query(`DROP TABLE "statements"`);
  }
}
