import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NoteRounds1797960000000 implements MigrationInterface {
  name = 'NoteRounds1797960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "observation_note" ADD "round" integer NOT NULL DEFAULT '1'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "observation_note" DROP COLUMN "round"`);
  }
}
