import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Links carry sub-ids (their URL adds them, so each click arrives with them). The partners
 * table's figures need no index of their own yet (bench/README.md, bench:partners).
 */
export class LinkSubIdsAndPartnerFigures1796184451642 implements MigrationInterface {
  name = 'LinkSubIdsAndPartnerFigures1796184451642';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['sub1', 'sub2', 'sub3', 'sub4', 'sub5']) {
      await queryRunner.query(`ALTER TABLE "links" ADD "${name}" character varying(255)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['sub5', 'sub4', 'sub3', 'sub2', 'sub1']) {
      await queryRunner.query(`ALTER TABLE "links" DROP COLUMN "${name}"`);
    }
  }
}
