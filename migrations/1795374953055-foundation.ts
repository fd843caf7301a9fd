import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795374953055 implements MigrationInterface {
  name = 'Foundation1795374953055';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "brands" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "currency" character(3) NOT NULL, "timezone" character varying(64) NOT NULL, "landing_domains" text array NOT NULL, "click_id_param" character varying(32) NOT NULL DEFAULT 'pmx_cid', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b0c437120b624da1034a81fc561" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "partners" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "type" character varying(20) NOT NULL, "role" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'active', "email" character varying(320), "external_ref" character varying(200), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "partners_status_check" CHECK (status IN ('active', 'suspended')), CONSTRAINT "partners_type_check" CHECK (type IN ('creator', 'content', 'review', 'community', 'coupon', 'cashback', 'loyalty', 'referral', 'sub_network', 'tool')), CONSTRAINT "partners_role_check" CHECK (role IN ('awareness', 'consideration', 'conversion', 'retention')), CONSTRAINT "PK_998645b20820e4ab99aeae03b41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "partners_brand_external_ref" ON "partners"  ("brand_id", "external_ref") WHERE external_ref IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "partners_brand_id_id" ON "partners"  ("brand_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "partner_id" uuid, "name" character varying(200) NOT NULL, "prefix" character varying(16) NOT NULL, "key_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_keys_partner_check" CHECK ((role = 'partner') = (partner_id IS NOT NULL)), CONSTRAINT "api_keys_role_check" CHECK (role IN ('brand_manager', 'network', 'partner')), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "api_keys_key_hash" ON "api_keys"  ("key_hash") `);
    await queryRunner.query(`CREATE INDEX "api_keys_brand_id_id" ON "api_keys"  ("brand_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "links" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "code" character varying(64) NOT NULL, "destination_url" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ecf17f4a741d3c5ba0b4c5ab4b6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "links_code" ON "links"  ("code") `);
    await queryRunner.query(`CREATE INDEX "links_brand_partner_id" ON "links"  ("brand_id", "partner_id", "id") `);
    await queryRunner.query(
      `ALTER TABLE "partners" ADD CONSTRAINT "FK_49b9141df65d2553a05d01ad620" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_b4695e047c9a63bce6842993d13" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_cb1d0a418c5606b7405d98e6cb0" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "links" ADD CONSTRAINT "FK_86ae14f8457de63fe337537cd7f" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "links" ADD CONSTRAINT "FK_63fad1f4b7ddac93aa66f3ae05d" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "links" DROP CONSTRAINT "FK_63fad1f4b7ddac93aa66f3ae05d"`);
    await queryRunner.query(`ALTER TABLE "links" DROP CONSTRAINT "FK_86ae14f8457de63fe337537cd7f"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_cb1d0a418c5606b7405d98e6cb0"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "FK_b4695e047c9a63bce6842993d13"`);
    await queryRunner.query(`ALTER TABLE "partners" DROP CONSTRAINT "FK_49b9141df65d2553a05d01ad620"`);
    await queryRunner.query(`DROP INDEX "public"."links_brand_partner_id"`);
    await queryRunner.query(`DROP INDEX "public"."links_code"`);
    await queryRunner.query(`DROP TABLE "links"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_brand_id_id"`);
    await queryRunner.query(`DROP INDEX "public"."api_keys_key_hash"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP INDEX "public"."partners_brand_id_id"`);
    await queryRunner.query(`DROP INDEX "public"."partners_brand_external_ref"`);
    await queryRunner.query(`DROP TABLE "partners"`);
    await queryRunner.query(`DROP TABLE "brands"`);
  }
}
