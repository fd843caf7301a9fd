import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Brands get a slug (their public address, /apply/{slug}) and the program page's description and
 * terms. Existing brands get a slug made from their name, oldest first, "-2", "-3" … on a collision.
 * The rule is copied here as it was when this landed (brand-slug.ts may change; this may not).
 */
function slugFromName(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 57)
    .replace(/^-+|-+$/g, '');
  if (base.length >= 3) return base;
  return base.length === 0 ? 'brand' : `${base}-brand`;
}

export class BrandSlugsAndProgram1796172840831 implements MigrationInterface {
  name = 'BrandSlugsAndProgram1796172840831';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brands" ADD "slug" character varying(63)`);
    await queryRunner.query(`ALTER TABLE "brands" ADD "program_description" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "brands" ADD "program_terms" text NOT NULL DEFAULT ''`);
    const brands: { id: string; name: string }[] = await queryRunner.query(
      `SELECT id, name FROM "brands" ORDER BY created_at, id`,
    );
    const taken = new Set<string>();
    for (const brand of brands) {
      const base = slugFromName(brand.name);
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      await queryRunner.query(`UPDATE "brands" SET "slug" = $1 WHERE id = $2`, [slug, brand.id]);
    }
    await queryRunner.query(`ALTER TABLE "brands" ALTER COLUMN "slug" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "brands_slug" ON "brands" ("slug") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."brands_slug"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "program_terms"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "program_description"`);
    await queryRunner.query(`ALTER TABLE "brands" DROP COLUMN "slug"`);
  }
}
