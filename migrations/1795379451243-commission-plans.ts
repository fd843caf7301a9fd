import { MigrationInterface, QueryRunner } from 'typeorm';

export class CommissionPlans1795379451243 implements MigrationInterface {
  name = 'CommissionPlans1795379451243';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "commission_plans" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "effective_from" TIMESTAMP WITH TIME ZONE NOT NULL, "definition" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0fc1524cf72270273cf789ae2d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "commission_plans_brand_effective" ON "commission_plans"  ("brand_id", "effective_from") `,
    );
    await queryRunner.query(
      `ALTER TABLE "commission_plans" ADD CONSTRAINT "FK_c8a94f4b491396b01fd922eeb97" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "commission_plans" DROP CONSTRAINT "FK_c8a94f4b491396b01fd922eeb97"`);
    await queryRunner.query(`DROP INDEX "public"."commission_plans_brand_effective"`);
    await queryRunner.query(`DROP TABLE "commission_plans"`);
  }
}
