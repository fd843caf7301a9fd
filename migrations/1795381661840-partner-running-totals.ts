import { MigrationInterface, QueryRunner } from 'typeorm';

export class PartnerRunningTotals1795381661840 implements MigrationInterface {
  name = 'PartnerRunningTotals1795381661840';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partner_running_totals" ("partner_id" uuid NOT NULL, "measure" character varying(16) NOT NULL, "period" character varying(8) NOT NULL, "brand_id" uuid NOT NULL, "total_minor" bigint NOT NULL DEFAULT '0', CONSTRAINT "partner_running_totals_measure_check" CHECK (measure IN ('quarter_revenue', 'month_earned')), CONSTRAINT "PK_9f00877d9c07fa649d28e06f21e" PRIMARY KEY ("partner_id", "measure", "period"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_running_totals" ADD CONSTRAINT "FK_6cd1ec34f1d01abef4b04344045" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Backfill from the ledger as the engine would have kept them: attributed revenue of
    // non-rejected conversions per quarter, earnings of non-rejected entries per month.
    await queryRunner.query(
      `INSERT INTO partner_running_totals (partner_id, measure, period, brand_id, total_minor)
       SELECT t.partner_id, 'quarter_revenue', to_char(c.occurred_at AT TIME ZONE b.timezone, 'YYYY-"Q"Q'),
              c.brand_id, sum(t.attributed_revenue_minor)
         FROM conversion_touches t JOIN conversions c ON c.id = t.conversion_id JOIN brands b ON b.id = c.brand_id
        WHERE c.status <> 'rejected'
        GROUP BY 1, 2, 3, 4`,
    );
    await queryRunner.query(
      `INSERT INTO partner_running_totals (partner_id, measure, period, brand_id, total_minor)
       SELECT e.partner_id, 'month_earned', to_char(c.occurred_at AT TIME ZONE b.timezone, 'YYYY-MM'),
              c.brand_id, sum(e.amount_minor)
         FROM commission_entries e JOIN conversions c ON c.id = e.conversion_id JOIN brands b ON b.id = c.brand_id
        WHERE e.status <> 'rejected'
        GROUP BY 1, 2, 3, 4`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_running_totals" DROP CONSTRAINT "FK_6cd1ec34f1d01abef4b04344045"`);
    await queryRunner.query(`DROP TABLE "partner_running_totals"`);
  }
}
