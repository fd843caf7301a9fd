import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner applications from a brand's public page: one pending per e-mail and brand, listed by
 * status; the partner an approval made is kept (set null if that partner is ever deleted).
 */
export class PartnerApplications1796173196587 implements MigrationInterface {
  name = 'PartnerApplications1796173196587';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partner_applications" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "website" character varying(2048), "type" character varying(20) NOT NULL, "role" character varying(20), "message" text, "status" character varying(16) NOT NULL DEFAULT 'pending', "reason" text, "partner_id" uuid, "decided_by" character varying(80), "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip_prefix" character varying(64), CONSTRAINT "partner_applications_status_check" CHECK (status IN ('pending', 'approved', 'rejected')), CONSTRAINT "PK_9c52c1e24235ece37d592db8297" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "partner_applications_pending_email" ON "partner_applications" ("brand_id", "email") WHERE status = 'pending'`,
    );
    await queryRunner.query(
      `CREATE INDEX "partner_applications_brand_status" ON "partner_applications" ("brand_id", "status", "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_applications" ADD CONSTRAINT "FK_926fb89976f8078f1e25b3f93fc" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_applications" ADD CONSTRAINT "FK_e38455d77e343a41915f19e097c" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partner_applications" DROP CONSTRAINT "FK_e38455d77e343a41915f19e097c"`);
    await queryRunner.query(`ALTER TABLE "partner_applications" DROP CONSTRAINT "FK_926fb89976f8078f1e25b3f93fc"`);
    await queryRunner.query(`DROP INDEX "public"."partner_applications_brand_status"`);
    await queryRunner.query(`DROP INDEX "public"."partner_applications_pending_email"`);
    await queryRunner.query(`DROP TABLE "partner_applications"`);
  }
}
