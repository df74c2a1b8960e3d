import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole schema at SQLite migration 1765000000000 (after the deal), for PostgreSQL: generated from
 * the entities by server/db/generate-migration.ts against an empty PostgreSQL database. `real`
 * columns are `double precision` here (see data-source.ts); ids are SERIAL.
 */
export class PostgresInitial1765000000000 implements MigrationInterface {
  name = 'PostgresInitial1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "leader_quota" ("id" SERIAL NOT NULL, "jurisdiction_id" ' +
        'integer NOT NULL, "role" text NOT NULL, "leader_name" text NOT NULL, ' +
        '"year" integer NOT NULL, "count" integer NOT NULL, ' +
        '"min_investment_wan" double precision NOT NULL, "dominant_only" ' +
        'integer NOT NULL, CONSTRAINT "PK_5ad3062042c5d00b75b56b9fe81" PRIMARY ' +
        'KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_ce4035f3e4a5bb2ca6bfbf6c98" ON "leader_quota" ("jurisdiction_id", "year") ');
    await q.query(
      'CREATE TABLE "jurisdiction" ("id" SERIAL NOT NULL, "name" text NOT ' +
        'NULL, "name_en" text NOT NULL, "kind" text NOT NULL, "parent_id" ' +
        'integer, "retained_share_vat" double precision NOT NULL, ' +
        '"retained_share_cit" double precision NOT NULL, CONSTRAINT ' +
        '"PK_0f85126272d91bb550d40207022" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "industry_chain" ("id" SERIAL NOT NULL, "name" text NOT ' +
        'NULL, "name_en" text NOT NULL, CONSTRAINT ' +
        '"PK_5ffe616b915a3823c6676d0cdce" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "chain_link" ("id" SERIAL NOT NULL, "chain_id" integer ' +
        'NOT NULL, "seq" integer NOT NULL, "name" text NOT NULL, "name_en" ' +
        'text NOT NULL, CONSTRAINT "PK_c8398ab405ec7b2b02a8958ce08" PRIMARY ' +
        'KEY ("id"))',
    );
    await q.query('CREATE UNIQUE INDEX "IDX_c0b73bab8e613a22bddb406670" ON "chain_link" ("chain_id", "seq") ');
    await q.query(
      'CREATE TABLE "industry" ("id" SERIAL NOT NULL, "code" text NOT NULL, ' +
        '"name" text NOT NULL, "name_en" text NOT NULL, "pollution_class" text ' +
        'NOT NULL, "gbt_group" integer NOT NULL, "chain_id" integer, ' +
        'CONSTRAINT "UQ_d76e293720ae8ab8fe7afffdc98" UNIQUE ("code"), ' +
        'CONSTRAINT "PK_fc3e38485cff79e9fbba8f13831" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "park" ("id" SERIAL NOT NULL, "jurisdiction_id" integer ' +
        'NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "boundary" ' +
        'text NOT NULL, "dominant_chain_ids" text NOT NULL, ' +
        '"min_dominant_share" double precision NOT NULL, "land_grade" integer ' +
        'NOT NULL, "listed_land_price_wan_per_mu" double precision NOT NULL, ' +
        '"min_investment_intensity_wan_per_mu" double precision NOT NULL, ' +
        '"min_tax_per_mu_wan" double precision NOT NULL, "min_far" double ' +
        'precision NOT NULL, "version" integer NOT NULL DEFAULT \'1\', ' +
        'CONSTRAINT "PK_653802406812552d8de5f9a4047" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "enterprise" ("id" SERIAL NOT NULL, "name" text NOT NULL,' +
        ' "name_en" text NOT NULL, "industry_id" integer NOT NULL, ' +
        '"chain_link_id" integer, "jurisdiction_id" integer NOT NULL, ' +
        '"is_small" integer NOT NULL, "version" integer NOT NULL DEFAULT \'1\',' +
        ' CONSTRAINT "PK_09687cd306dc5d486c0e227c471" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "project" ("id" SERIAL NOT NULL, "name" text NOT NULL, ' +
        '"investor" text NOT NULL, "industry_id" integer NOT NULL, ' +
        '"chain_link_id" integer, "investment_wan" double precision NOT NULL, ' +
        '"land_need_mu" double precision, "floor_need_m2" double precision, ' +
        '"output_wan" double precision NOT NULL, "tax_wan" double precision ' +
        'NOT NULL, "vat_share" double precision NOT NULL, "ramp_up_years" ' +
        'integer NOT NULL, "jobs" integer NOT NULL, "reservation_value_wan" ' +
        'double precision NOT NULL DEFAULT \'0\', "pollution_class" text NOT ' +
        'NULL, "head" text NOT NULL, "stage" text NOT NULL, "drop_reason" text,' +
        ' "jurisdiction_id" integer NOT NULL, "leader_role" text NOT NULL, ' +
        '"notes" text NOT NULL DEFAULT \'\', "version" integer NOT NULL ' +
        'DEFAULT \'1\', CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY ' +
        'KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_3c9bf7a08367262de399af7d36" ON "project" ("jurisdiction_id", "stage") ');
    await q.query(
      'CREATE TABLE "plot" ("id" SERIAL NOT NULL, "park_id" integer NOT NULL,' +
        ' "code" text NOT NULL, "polygon" text NOT NULL, "area_mu" double ' +
        'precision NOT NULL, "declared_area_mu" double precision, "land_use" ' +
        'text NOT NULL, "status" text NOT NULL, "readiness" text NOT NULL, ' +
        '"enterprise_id" integer, "project_id" integer, "version" integer NOT ' +
        'NULL DEFAULT \'1\', CONSTRAINT "PK_7c22bdc3280a3a5610c63159883" ' +
        'PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_dd6544bc923911ddd92e092341" ON "plot" ("status") ');
    await q.query('CREATE UNIQUE INDEX "IDX_10b51f8932ead18c18659a99d2" ON "plot" ("park_id", "code") ');
    await q.query(
      'CREATE TABLE "building" ("id" SERIAL NOT NULL, "park_id" integer NOT ' +
        'NULL, "plot_id" integer, "code" text NOT NULL, "name" text NOT NULL, ' +
        '"footprint" text NOT NULL, "floors" integer NOT NULL, "floor_area_m2" ' +
        'double precision NOT NULL, "ceiling_height_m" double precision NOT ' +
        'NULL, "floor_load_kn_per_m2" double precision NOT NULL, ' +
        '"rent_yuan_per_m2_month" double precision NOT NULL, "version" integer ' +
        'NOT NULL DEFAULT \'1\', CONSTRAINT "PK_bbfaf6c11f141a22d2ab105ee5f" ' +
        'PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "unit" ("id" SERIAL NOT NULL, "building_id" integer NOT ' +
        'NULL, "code" text NOT NULL, "floor" integer NOT NULL, "area_m2" ' +
        'double precision NOT NULL, "status" text NOT NULL, "enterprise_id" ' +
        'integer, "project_id" integer, "version" integer NOT NULL DEFAULT ' +
        '\'1\', CONSTRAINT "PK_4252c4be609041e559f0c80f58a" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "enterprise_year" ("enterprise_id" integer NOT NULL, ' +
        '"year" integer NOT NULL, "tax_wan" double precision NOT NULL, ' +
        '"value_added_wan" double precision NOT NULL, "revenue_wan" double ' +
        'precision NOT NULL, "energy_tce" double precision NOT NULL, ' +
        '"emissions_t" double precision NOT NULL, "rd_spend_wan" double ' +
        'precision NOT NULL, "employees" integer NOT NULL, "electricity_kwh" ' +
        'double precision, "investment_wan" double precision, CONSTRAINT ' +
        '"PK_5e117a608dca44607086bd68cda" PRIMARY KEY ("enterprise_id", "year")' +
        ')',
    );
    await q.query(
      'CREATE TABLE "incentive_package" ("id" SERIAL NOT NULL, "project_id" ' +
        'integer, "name" text NOT NULL, "name_en" text NOT NULL, "kind" text ' +
        'NOT NULL, "is_template" integer NOT NULL, "components" text NOT NULL, ' +
        '"version" integer NOT NULL DEFAULT \'1\', CONSTRAINT ' +
        '"PK_7060df64822603e6219c4fe9448" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" text NOT ' +
        'NULL, "display_name" text NOT NULL, "role" text NOT NULL, ' +
        '"password_hash" text NOT NULL, "jurisdiction_ids" text NOT NULL, ' +
        '"created_at" text NOT NULL, CONSTRAINT ' +
        '"UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT ' +
        '"PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "scenario" ("id" SERIAL NOT NULL, "name" text NOT NULL, ' +
        '"jurisdiction_ids" text NOT NULL, "levers" text NOT NULL, "pins" text ' +
        'NOT NULL, "exclusions" text NOT NULL, "status" text NOT NULL, ' +
        '"result" text, "basis" text, "created_by" integer, "created_at" text ' +
        'NOT NULL, "updated_at" text NOT NULL, "solved_at" text, ' +
        '"committed_at" text, "version" integer NOT NULL DEFAULT \'1\', ' +
        'CONSTRAINT "PK_ec7b57ee913fb77bb70ed3bc708" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "scenario_allocation" ("id" SERIAL NOT NULL, ' +
        '"scenario_id" integer NOT NULL, "project_id" integer NOT NULL, ' +
        '"site_kind" text NOT NULL, "plot_id" integer, "building_id" integer, ' +
        '"package_id" integer, "area_mu" double precision, "floor_m2" double ' +
        'precision, "value_wan" double precision NOT NULL, CONSTRAINT ' +
        '"PK_81209161ffe6b53beb17cbdbba5" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_29a37b052a5ae73a28e3af89e2" ON "scenario_allocation" ("scenario_id") ');
    await q.query(
      'CREATE TABLE "session" ("id" text NOT NULL, "user_id" integer NOT ' +
        'NULL, "csrf_token" text NOT NULL, "created_at" text NOT NULL, ' +
        '"expires_at" text NOT NULL, CONSTRAINT ' +
        '"PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "audit_event" ("id" SERIAL NOT NULL, "at" text NOT NULL, ' +
        '"user_id" integer, "username" text, "action" text NOT NULL, "entity" ' +
        'text NOT NULL, "entity_id" integer, "before" text, "after" text, ' +
        'CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_8e9d45847131441c0d33afb025" ON "audit_event" ("entity", "entity_id") ');
    await q.query(
      'CREATE TABLE "agreement" ("id" SERIAL NOT NULL, "project_id" integer ' +
        'NOT NULL, "enterprise_id" integer, "package_id" integer, ' +
        '"jurisdiction_id" integer NOT NULL, "signed_on" text NOT NULL, ' +
        '"construction_start_by" text NOT NULL, "completion_by" text NOT NULL, ' +
        '"commitments" text NOT NULL, "land_grant" text, "version" integer NOT ' +
        'NULL DEFAULT \'1\', CONSTRAINT "PK_e7537188219eeef56233a609753" ' +
        'PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_936006c30746b59c16d46edd7b" ON "agreement" ("jurisdiction_id") ');
    await q.query(
      'CREATE TABLE "lease" ("id" SERIAL NOT NULL, "unit_id" integer NOT ' +
        'NULL, "enterprise_id" integer, "start_date" text NOT NULL, "end_date" ' +
        'text NOT NULL, "rent_yuan_per_m2_month" double precision, CONSTRAINT ' +
        '"PK_954811694773f24986695203663" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "IDX_df70c3eaeb7622b50d2bb91de8" ON "lease" ("end_date") ');
    await q.query(
      'ALTER TABLE "leader_quota" ADD CONSTRAINT ' +
        '"FK_602b7cf3df06851b4a73d18a1e4" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "jurisdiction" ADD CONSTRAINT ' +
        '"FK_5ecf6902e9ba2fc03a895cbff25" FOREIGN KEY ("parent_id") REFERENCES ' +
        '"jurisdiction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "chain_link" ADD CONSTRAINT ' +
        '"FK_7c4e83273a2b880ea8214493cf1" FOREIGN KEY ("chain_id") REFERENCES ' +
        '"industry_chain"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "industry" ADD CONSTRAINT ' +
        '"FK_5ffe616b915a3823c6676d0cdce" FOREIGN KEY ("chain_id") REFERENCES ' +
        '"industry_chain"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "park" ADD CONSTRAINT "FK_99d5e348bc46adfd758102e74dc" ' +
        'FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON ' +
        'DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "enterprise" ADD CONSTRAINT ' +
        '"FK_8b4c47ab8d25a9d8bd62b131419" FOREIGN KEY ("industry_id") ' +
        'REFERENCES "industry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "enterprise" ADD CONSTRAINT ' +
        '"FK_0a39ef4e232cbb04d72565f0002" FOREIGN KEY ("chain_link_id") ' +
        'REFERENCES "chain_link"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "enterprise" ADD CONSTRAINT ' +
        '"FK_be4787b92bc1f7bdf2047fd1948" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_1f91debe67d7718e0dd7c551106" ' +
        'FOREIGN KEY ("industry_id") REFERENCES "industry"("id") ON DELETE ' +
        'RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_f93044f9a000acdbc87edb98fb6" ' +
        'FOREIGN KEY ("chain_link_id") REFERENCES "chain_link"("id") ON DELETE ' +
        'SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_c35d224ca0a62728880db935a28" ' +
        'FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction"("id") ON ' +
        'DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plot" ADD CONSTRAINT "FK_d1fdfcbe5dd2c587058bfdae63e" ' +
        'FOREIGN KEY ("park_id") REFERENCES "park"("id") ON DELETE CASCADE ON ' +
        'UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plot" ADD CONSTRAINT "FK_56052ec8805bba44261c1695a84" ' +
        'FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE ' +
        'SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "plot" ADD CONSTRAINT "FK_b9e06202af0e6c967b6084b111d" ' +
        'FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET ' +
        'NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "building" ADD CONSTRAINT ' +
        '"FK_230b6e07172a8adc09be722472e" FOREIGN KEY ("park_id") REFERENCES ' +
        '"park"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "building" ADD CONSTRAINT ' +
        '"FK_e15b283d5c7dcb1a91ef7f21f60" FOREIGN KEY ("plot_id") REFERENCES ' +
        '"plot"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "unit" ADD CONSTRAINT "FK_10957865e0fd42ab859753f882e" ' +
        'FOREIGN KEY ("building_id") REFERENCES "building"("id") ON DELETE ' +
        'CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "unit" ADD CONSTRAINT "FK_e5f8646a0261f08bd89e5da1848" ' +
        'FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE ' +
        'SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "unit" ADD CONSTRAINT "FK_f10585d13aa76c8cf0bc246fed5" ' +
        'FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET ' +
        'NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "enterprise_year" ADD CONSTRAINT ' +
        '"FK_4cb8a30fb3e1aafe8e825cb15a9" FOREIGN KEY ("enterprise_id") ' +
        'REFERENCES "enterprise"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "incentive_package" ADD CONSTRAINT ' +
        '"FK_1c81b57176e06826e9180b9dca6" FOREIGN KEY ("project_id") ' +
        'REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "scenario" ADD CONSTRAINT ' +
        '"FK_1acb0d56f17304c6adb1d885414" FOREIGN KEY ("created_by") ' +
        'REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "scenario_allocation" ADD CONSTRAINT ' +
        '"FK_29a37b052a5ae73a28e3af89e20" FOREIGN KEY ("scenario_id") ' +
        'REFERENCES "scenario"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "scenario_allocation" ADD CONSTRAINT ' +
        '"FK_ee1903ea997f0c04f27c31d2738" FOREIGN KEY ("project_id") ' +
        'REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "scenario_allocation" ADD CONSTRAINT ' +
        '"FK_0b5101de0a938d282e5c9a1831f" FOREIGN KEY ("plot_id") REFERENCES ' +
        '"plot"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "scenario_allocation" ADD CONSTRAINT ' +
        '"FK_4039ace984cb01ff78d863964eb" FOREIGN KEY ("building_id") ' +
        'REFERENCES "building"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "scenario_allocation" ADD CONSTRAINT ' +
        '"FK_96d8cc806d34ea15c2574e844b0" FOREIGN KEY ("package_id") ' +
        'REFERENCES "incentive_package"("id") ON DELETE SET NULL ON UPDATE NO ' +
        'ACTION',
    );
    await q.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" ' +
        'FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ' +
        'ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "agreement" ADD CONSTRAINT ' +
        '"FK_654d64b50ef891de2fe2466de98" FOREIGN KEY ("project_id") ' +
        'REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "agreement" ADD CONSTRAINT ' +
        '"FK_19a79b4f0a5c1fa902068663bcd" FOREIGN KEY ("enterprise_id") ' +
        'REFERENCES "enterprise"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "agreement" ADD CONSTRAINT ' +
        '"FK_1b3fb7a6a4821ce7988a4878d85" FOREIGN KEY ("package_id") ' +
        'REFERENCES "incentive_package"("id") ON DELETE RESTRICT ON UPDATE NO ' +
        'ACTION',
    );
    await q.query(
      'ALTER TABLE "agreement" ADD CONSTRAINT ' +
        '"FK_936006c30746b59c16d46edd7b4" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "lease" ADD CONSTRAINT "FK_ca091675febe801029d4db0f642" ' +
        'FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON ' +
        'UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "lease" ADD CONSTRAINT "FK_a6dae9228f79b78ac1098f99fd7" ' +
        'FOREIGN KEY ("enterprise_id") REFERENCES "enterprise"("id") ON DELETE ' +
        'SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "lease" DROP CONSTRAINT "FK_a6dae9228f79b78ac1098f99fd7"');
    await q.query('ALTER TABLE "lease" DROP CONSTRAINT "FK_ca091675febe801029d4db0f642"');
    await q.query('ALTER TABLE "agreement" DROP CONSTRAINT "FK_936006c30746b59c16d46edd7b4"');
    await q.query('ALTER TABLE "agreement" DROP CONSTRAINT "FK_1b3fb7a6a4821ce7988a4878d85"');
    await q.query('ALTER TABLE "agreement" DROP CONSTRAINT "FK_19a79b4f0a5c1fa902068663bcd"');
    await q.query('ALTER TABLE "agreement" DROP CONSTRAINT "FK_654d64b50ef891de2fe2466de98"');
    await q.query('ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"');
    await q.query('ALTER TABLE "scenario_allocation" DROP CONSTRAINT "FK_96d8cc806d34ea15c2574e844b0"');
    await q.query('ALTER TABLE "scenario_allocation" DROP CONSTRAINT "FK_4039ace984cb01ff78d863964eb"');
    await q.query('ALTER TABLE "scenario_allocation" DROP CONSTRAINT "FK_0b5101de0a938d282e5c9a1831f"');
    await q.query('ALTER TABLE "scenario_allocation" DROP CONSTRAINT "FK_ee1903ea997f0c04f27c31d2738"');
    await q.query('ALTER TABLE "scenario_allocation" DROP CONSTRAINT "FK_29a37b052a5ae73a28e3af89e20"');
    await q.query('ALTER TABLE "scenario" DROP CONSTRAINT "FK_1acb0d56f17304c6adb1d885414"');
    await q.query('ALTER TABLE "incentive_package" DROP CONSTRAINT "FK_1c81b57176e06826e9180b9dca6"');
    await q.query('ALTER TABLE "enterprise_year" DROP CONSTRAINT "FK_4cb8a30fb3e1aafe8e825cb15a9"');
    await q.query('ALTER TABLE "unit" DROP CONSTRAINT "FK_f10585d13aa76c8cf0bc246fed5"');
    await q.query('ALTER TABLE "unit" DROP CONSTRAINT "FK_e5f8646a0261f08bd89e5da1848"');
    await q.query('ALTER TABLE "unit" DROP CONSTRAINT "FK_10957865e0fd42ab859753f882e"');
    await q.query('ALTER TABLE "building" DROP CONSTRAINT "FK_e15b283d5c7dcb1a91ef7f21f60"');
    await q.query('ALTER TABLE "building" DROP CONSTRAINT "FK_230b6e07172a8adc09be722472e"');
    await q.query('ALTER TABLE "plot" DROP CONSTRAINT "FK_b9e06202af0e6c967b6084b111d"');
    await q.query('ALTER TABLE "plot" DROP CONSTRAINT "FK_56052ec8805bba44261c1695a84"');
    await q.query('ALTER TABLE "plot" DROP CONSTRAINT "FK_d1fdfcbe5dd2c587058bfdae63e"');
    await q.query('ALTER TABLE "project" DROP CONSTRAINT "FK_c35d224ca0a62728880db935a28"');
    await q.query('ALTER TABLE "project" DROP CONSTRAINT "FK_f93044f9a000acdbc87edb98fb6"');
    await q.query('ALTER TABLE "project" DROP CONSTRAINT "FK_1f91debe67d7718e0dd7c551106"');
    await q.query('ALTER TABLE "enterprise" DROP CONSTRAINT "FK_be4787b92bc1f7bdf2047fd1948"');
    await q.query('ALTER TABLE "enterprise" DROP CONSTRAINT "FK_0a39ef4e232cbb04d72565f0002"');
    await q.query('ALTER TABLE "enterprise" DROP CONSTRAINT "FK_8b4c47ab8d25a9d8bd62b131419"');
    await q.query('ALTER TABLE "park" DROP CONSTRAINT "FK_99d5e348bc46adfd758102e74dc"');
    await q.query('ALTER TABLE "industry" DROP CONSTRAINT "FK_5ffe616b915a3823c6676d0cdce"');
    await q.query('ALTER TABLE "chain_link" DROP CONSTRAINT "FK_7c4e83273a2b880ea8214493cf1"');
    await q.query('ALTER TABLE "jurisdiction" DROP CONSTRAINT "FK_5ecf6902e9ba2fc03a895cbff25"');
    await q.query('ALTER TABLE "leader_quota" DROP CONSTRAINT "FK_602b7cf3df06851b4a73d18a1e4"');
    await q.query('DROP INDEX "public"."IDX_df70c3eaeb7622b50d2bb91de8"');
    await q.query('DROP TABLE "lease"');
    await q.query('DROP INDEX "public"."IDX_936006c30746b59c16d46edd7b"');
    await q.query('DROP TABLE "agreement"');
    await q.query('DROP INDEX "public"."IDX_8e9d45847131441c0d33afb025"');
    await q.query('DROP TABLE "audit_event"');
    await q.query('DROP TABLE "session"');
    await q.query('DROP INDEX "public"."IDX_29a37b052a5ae73a28e3af89e2"');
    await q.query('DROP TABLE "scenario_allocation"');
    await q.query('DROP TABLE "scenario"');
    await q.query('DROP TABLE "app_user"');
    await q.query('DROP TABLE "incentive_package"');
    await q.query('DROP TABLE "enterprise_year"');
    await q.query('DROP TABLE "unit"');
    await q.query('DROP TABLE "building"');
    await q.query('DROP INDEX "public"."IDX_10b51f8932ead18c18659a99d2"');
    await q.query('DROP INDEX "public"."IDX_dd6544bc923911ddd92e092341"');
    await q.query('DROP TABLE "plot"');
    await q.query('DROP INDEX "public"."IDX_3c9bf7a08367262de399af7d36"');
    await q.query('DROP TABLE "project"');
    await q.query('DROP TABLE "enterprise"');
    await q.query('DROP TABLE "park"');
    await q.query('DROP TABLE "industry"');
    await q.query('DROP INDEX "public"."IDX_c0b73bab8e613a22bddb406670"');
    await q.query('DROP TABLE "chain_link"');
    await q.query('DROP TABLE "industry_chain"');
    await q.query('DROP TABLE "jurisdiction"');
    await q.query('DROP INDEX "public"."IDX_ce4035f3e4a5bb2ca6bfbf6c98"');
    await q.query('DROP TABLE "leader_quota"');
  }
}
