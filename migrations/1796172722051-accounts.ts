import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People who sign in to the web app (issue #14): users, their memberships in brands, sessions
 * (only a hash of the cookie's secret), invites and password resets (only hashes of their links).
 */
export class Accounts1796172722051 implements MigrationInterface {
  name = 'Accounts1796172722051';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "users" ("id" uuid NOT NULL, "email" character varying(320) NOT NULL, "name" character varying(200) NOT NULL, "password_hash" character varying(256) NOT NULL, "is_operator" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "password_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "users_email" ON "users"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "invites" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "role" character varying(20) NOT NULL, "partner_id" uuid, "token_hash" character(64) NOT NULL, "invited_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "invites_partner_check" CHECK ((role = 'partner') = (partner_id IS NOT NULL)), CONSTRAINT "invites_role_check" CHECK (role IN ('brand_manager', 'partner')), CONSTRAINT "PK_aa52e96b44a714372f4dd31a0af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "invites_token_hash" ON "invites"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "invites_brand_id_id" ON "invites"  ("brand_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "memberships" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "role" character varying(20) NOT NULL, "partner_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "memberships_partner_check" CHECK ((role = 'partner') = (partner_id IS NOT NULL)), CONSTRAINT "memberships_role_check" CHECK (role IN ('brand_manager', 'partner')), CONSTRAINT "PK_25d28bd932097a9e90495ede7b4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "memberships_brand" ON "memberships"  ("brand_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "memberships_user_brand" ON "memberships"  ("user_id", "brand_id") `);
    await queryRunner.query(
      `CREATE TABLE "password_resets" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_4816377aa98211c1de34469e742" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "password_resets_user" ON "password_resets"  ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_resets_token_hash" ON "password_resets"  ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "active_brand_id" uuid, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(512), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "sessions_token_hash" ON "sessions"  ("token_hash") `);
    await queryRunner.query(`CREATE INDEX "sessions_user" ON "sessions"  ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "invites" ADD CONSTRAINT "FK_18b14fb84fe9c62c13ca30eb699" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invites" ADD CONSTRAINT "FK_802dd6286632c8392bfbc8fbd5d" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invites" ADD CONSTRAINT "FK_6e727f063d839c0090364ea95f3" FOREIGN KEY ("invited_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_38173ceab27071ba6a2ac374eba" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "memberships" ADD CONSTRAINT "FK_3bb34add35c842f5ca8f75fc411" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "password_resets" ADD CONSTRAINT "FK_f7a4c3bc48f24df007936d217be" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_2070a75d4e212899f4a36ea29e0" FOREIGN KEY ("active_brand_id") REFERENCES "brands"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_2070a75d4e212899f4a36ea29e0"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19"`);
    await queryRunner.query(`ALTER TABLE "password_resets" DROP CONSTRAINT "FK_f7a4c3bc48f24df007936d217be"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_3bb34add35c842f5ca8f75fc411"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_38173ceab27071ba6a2ac374eba"`);
    await queryRunner.query(`ALTER TABLE "memberships" DROP CONSTRAINT "FK_7c1e2fdfed4f6838e0c05ae5051"`);
    await queryRunner.query(`ALTER TABLE "invites" DROP CONSTRAINT "FK_6e727f063d839c0090364ea95f3"`);
    await queryRunner.query(`ALTER TABLE "invites" DROP CONSTRAINT "FK_802dd6286632c8392bfbc8fbd5d"`);
    await queryRunner.query(`ALTER TABLE "invites" DROP CONSTRAINT "FK_18b14fb84fe9c62c13ca30eb699"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_user"`);
    await queryRunner.query(`DROP INDEX "public"."sessions_token_hash"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."password_resets_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."password_resets_user"`);
    await queryRunner.query(`DROP TABLE "password_resets"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_user_brand"`);
    await queryRunner.query(`DROP INDEX "public"."memberships_brand"`);
    await queryRunner.query(`DROP TABLE "memberships"`);
    await queryRunner.query(`DROP INDEX "public"."invites_brand_id_id"`);
    await queryRunner.query(`DROP INDEX "public"."invites_token_hash"`);
    await queryRunner.query(`DROP TABLE "invites"`);
    await queryRunner.query(`DROP INDEX "public"."users_email"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
