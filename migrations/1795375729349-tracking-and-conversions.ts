import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrackingAndConversions1795375729349 implements MigrationInterface {
  name = 'TrackingAndConversions1795375729349';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversions" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "transaction_id" character varying(128) NOT NULL, "amount_minor" bigint NOT NULL, "currency" character(3) NOT NULL, "click_id" uuid, "customer_key_hash" character(64), "new_customer" boolean, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'pending', "reversed_minor" bigint NOT NULL DEFAULT '0', "adv" jsonb NOT NULL DEFAULT '{}', "source" character varying(10) NOT NULL, "fingerprint" character(64) NOT NULL, "enqueued_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversions_amount_check" CHECK (amount_minor >= 0 AND reversed_minor >= 0 AND reversed_minor <= amount_minor), CONSTRAINT "conversions_status_check" CHECK (status IN ('pending', 'approved', 'rejected', 'reversed')), CONSTRAINT "PK_4af8c6388f42a1849ee9b22fa16" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "conversions_not_enqueued" ON "conversions"  ("created_at") WHERE enqueued_at IS NULL`,
    );
    await queryRunner.query(`CREATE INDEX "conversions_brand_occurred" ON "conversions"  ("brand_id", "occurred_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "conversions_brand_transaction" ON "conversions"  ("brand_id", "transaction_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "conversion_reversals" ("id" uuid NOT NULL, "brand_id" uuid NOT NULL, "conversion_id" uuid NOT NULL, "reversal_key" character varying(128), "amount_minor" bigint NOT NULL, "reason" character varying(500), "enqueued_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conversion_reversals_amount_check" CHECK (amount_minor > 0), CONSTRAINT "PK_2ffabfb671c0e9d8d0ed990d397" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "conversion_reversals_not_enqueued" ON "conversion_reversals"  ("created_at") WHERE enqueued_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "conversion_reversals_key" ON "conversion_reversals"  ("conversion_id", "reversal_key") WHERE reversal_key IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "impressions_daily" ("brand_id" uuid NOT NULL, "partner_id" uuid NOT NULL, "day" date NOT NULL, "count" bigint NOT NULL, CONSTRAINT "PK_40c9696e61f558e0fee5ad8c417" PRIMARY KEY ("brand_id", "partner_id", "day"))`,
    );
    // Existing brands get a random 32-byte secret each (a volatile default is evaluated per row).
    await queryRunner.query(
      `ALTER TABLE "brands" ADD "customer_key_secret" bytea NOT NULL DEFAULT (uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))`,
    );
    await queryRunner.query(`ALTER TABLE "brands" ALTER COLUMN "customer_key_secret" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "conversions" ADD CONSTRAINT "FK_ad3c2a862c329d544f652f7b83c" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conversion_reversals" ADD CONSTRAINT "FK_62e9b40409738df1f00fb16eb26" FOREIGN KEY ("conversion_id") REFERENCES "conversions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "impressions_daily" ADD CONSTRAINT "FK_007090df5bd3dd8c226f5b6f35c" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "impressions_daily" ADD CONSTRAINT "FK_d7ce81384326618a33efe99d571" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Clicks: hand-written (the entity is not synchronised), partitioned by month of occurred_at.
    await queryRunner.query(
      `CREATE TABLE "clicks" (
        "id" uuid NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "brand_id" uuid NOT NULL REFERENCES "brands"("id") ON DELETE CASCADE,
        "partner_id" uuid NOT NULL REFERENCES "partners"("id") ON DELETE CASCADE,
        "link_id" uuid REFERENCES "links"("id") ON DELETE SET NULL,
        "partner_role" character varying(20) NOT NULL,
        "source" character varying(10) NOT NULL,
        "customer_key_hash" character(64),
        "sub1" character varying(255),
        "sub2" character varying(255),
        "sub3" character varying(255),
        "sub4" character varying(255),
        "sub5" character varying(255),
        "ip_prefix" character varying(64),
        "user_agent" character varying(512),
        "is_bot" boolean NOT NULL DEFAULT false,
        "creditable" boolean NOT NULL,
        "not_creditable_reason" character varying(32),
        "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "clicks_pkey" PRIMARY KEY ("id", "occurred_at")
      ) PARTITION BY RANGE ("occurred_at")`,
    );
    // Journeys: a brand's touches of one customer, by time.
    await queryRunner.query(
      `CREATE INDEX "clicks_journey" ON "clicks" ("brand_id", "customer_key_hash", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "clicks_brand_partner_time" ON "clicks" ("brand_id", "partner_id", "occurred_at")`,
    );
    // Creates the UTC month's partition when missing; the click writer calls it before each batch.
    await queryRunner.query(
      `CREATE FUNCTION ensure_clicks_partition(month_start date) RETURNS void LANGUAGE plpgsql AS $$
       DECLARE
         first timestamptz := date_trunc('month', month_start)::timestamp AT TIME ZONE 'UTC';
         name text := 'clicks_' || to_char(month_start, 'YYYY_MM');
       BEGIN
         EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF clicks FOR VALUES FROM (%L) TO (%L)',
                        name, first, first + interval '1 month');
       END $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ensure_clicks_partition(date)`);
    await queryRunner.query(`DROP TABLE "clicks"`);
    await queryRunner.query(`ALTER TABLE "impressions_daily" DROP CONSTRAINT "FK_d7ce81384326618a33efe99d571"`);
    await queryRunner.query(`ALTER TABLE "impressions_daily" DROP CONSTRAINT "FK_007090df5bd3dd8c226f5b6f35c"`);
    await queryRunner.query(`ALTER TABLE "conversion_reversals" DROP CONSTRAINT "FK_62e9b40409738df1f00fb16eb26"`);
    await queryRunner.query(`ALTER TABLE "conversions" DROP CONSTRAINT "FK_ad3c2a862c329d544f652f7b83c"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "customer_key_secret"`);
    await queryRunner.query(`DROP TABLE "impressions_daily"`);
    await queryRunner.query(`DROP INDEX "public"."conversion_reversals_key"`);
    await queryRunner.query(`DROP INDEX "public"."conversion_reversals_not_enqueued"`);
    await queryRunner.query(`DROP TABLE "conversion_reversals"`);
    await queryRunner.query(`DROP INDEX "public"."conversions_brand_transaction"`);
    await queryRunner.query(`DROP INDEX "public"."conversions_brand_occurred"`);
    await queryRunner.query(`DROP INDEX "public"."conversions_not_enqueued"`);
    await queryRunner.query(`DROP TABLE "conversions"`);
  }
}
