import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustAndPrivacy1795385085616 implements MigrationInterface {
  name = 'TrustAndPrivacy1795385085616';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "clicks_daily" ("brand_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "day" date NOT NULL, "clicks" bigint NOT NULL, "creditable_clicks" bigint NOT NULL, CONSTRAINT "PK_ed35d0ec7d520f3d8c482fec840" PRIMARY KEY ("brand_id", "partner_id", "day"))`,
    );
    await queryRunner.query(`ALTER TABLE "brands" ADD "require_signed_postbacks" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "brands" ADD "click_retention_months" smallint NOT NULL DEFAULT '13'`);
    await queryRunner.query(`ALTER TABLE "api_keys" ADD "signing_secret" character varying(64)`);
    await queryRunner.query(
      `ALTER TABLE "clicks_daily" ADD CONSTRAINT "FK_2e8cc735534684ae6a55df641c5" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "clicks_daily" ADD CONSTRAINT "FK_26590cd2a35358ff27b941917ec" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "clicks_daily" DROP CONSTRAINT "FK_26590cd2a35358ff27b941917ec"`);
    await queryRunner.query(`ALTER TABLE "clicks_daily" DROP CONSTRAINT "FK_2e8cc735534684ae6a55df641c5"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "signing_secret"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "click_retention_months"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "require_signed_postbacks"`);
    await queryRunner.query(`DROP TABLE "clicks_daily"`);
  }
}
