import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The engine's write path: touches and ledger entries lose their per-row foreign-key checks on
 * conversion and partner (why: the note at the top of libs/core/src/ledger/ledger.entity.ts), and
 * the statement index leaves out the entries not on a statement, which is most of them.
 */
export class LedgerWritePath1795392173287 implements MigrationInterface {
  name = 'LedgerWritePath1795392173287';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "conversion_touches" DROP CONSTRAINT "FK_db65d01b1ae4b90b6082024f6d3"`);
    await queryRunner.query(`ALTER TABLE "commission_entries" DROP CONSTRAINT "FK_0091bb66ee7afa74c33bf95b851"`);
    await queryRunner.query(`ALTER TABLE "commission_entries" DROP CONSTRAINT "FK_da2fb9738ecc8e3e213c81a7085"`);
    await queryRunner.query(`DROP INDEX "public"."commission_entries_statement"`);
    await queryRunner.query(
      `CREATE INDEX "commission_entries_statement" ON "commission_entries" ("statement_id") WHERE statement_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."commission_entries_statement"`);
    await queryRunner.query(`CREATE INDEX "commission_entries_statement" ON "commission_entries" ("statement_id")`);
    await queryRunner.query(
      `ALTER TABLE "commission_entries" ADD CONSTRAINT "FK_da2fb9738ecc8e3e213c81a7085" FOREIGN KEY ("conversion_id") REFERENCES "conversions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_entries" ADD CONSTRAINT "FK_0091bb66ee7afa74c33bf95b851" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversion_touches" ADD CONSTRAINT "FK_db65d01b1ae4b90b6082024f6d3" FOREIGN KEY ("conversion_id") REFERENCES "conversions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}
