import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The first schema, generated from the entities by server/db/generate-migration.ts. */
export class Initial1764200000000 implements MigrationInterface {
  name = 'Initial1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "leader_quota" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "jurisdiction_id" integer NOT NULL, "role" text NOT NULL, ' +
        '"leader_name" text NOT NULL, "year" integer NOT NULL, "count" integer ' +
        'NOT NULL, "min_investment_wan" real NOT NULL, "dominant_only" integer ' +
        'NOT NULL)',
    );
    await q.query('CREATE INDEX "IDX_ce4035f3e4a5bb2ca6bfbf6c98" ON "leader_quota" ("jurisdiction_id", "year") ');
    await q.query(
      'CREATE TABLE "jurisdiction" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "kind" text ' +
        'NOT NULL, "parent_id" integer, "retained_share_vat" real NOT NULL, ' +
        '"retained_share_cit" real NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "industry_chain" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "chain_link" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "chain_id" integer NOT NULL, "seq" integer NOT NULL, "name" ' +
        'text NOT NULL, "name_en" text NOT NULL)',
    );
    await q.query('CREATE UNIQUE INDEX "IDX_c0b73bab8e613a22bddb406670" ON "chain_link" ("chain_id", "seq") ');
    await q.query(
      'CREATE TABLE "industry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "code" text NOT NULL, "name" text NOT NULL, "name_en" text NOT ' +
        'NULL, "pollution_class" text NOT NULL, "gbt_group" integer NOT NULL, ' +
        '"chain_id" integer, CONSTRAINT "UQ_d76e293720ae8ab8fe7afffdc98" ' +
        'UNIQUE ("code"))',
    );
    await q.query(
      'CREATE TABLE "park" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, ' +
        '"jurisdiction_id" integer NOT NULL, "name" text NOT NULL, "name_en" ' +
        'text NOT NULL, "boundary" text NOT NULL, "dominant_chain_ids" text ' +
        'NOT NULL, "min_dominant_share" real NOT NULL, "land_grade" integer ' +
        'NOT NULL, "listed_land_price_wan_per_mu" real NOT NULL, ' +
        '"min_investment_intensity_wan_per_mu" real NOT NULL, ' +
        '"min_tax_per_mu_wan" real NOT NULL, "min_far" real NOT NULL, ' +
        '"version" integer NOT NULL DEFAULT (1))',
    );
    await q.query(
      'CREATE TABLE "enterprise" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "name" text NOT NULL, "name_en" text NOT NULL, "industry_id" ' +
        'integer NOT NULL, "chain_link_id" integer, "jurisdiction_id" integer ' +
        'NOT NULL, "is_small" integer NOT NULL, "version" integer NOT NULL ' +
        'DEFAULT (1))',
    );
    await q.query(
      'CREATE TABLE "project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "name" text NOT NULL, "investor" text NOT NULL, "industry_id" ' +
        'integer NOT NULL, "chain_link_id" integer, "investment_wan" real NOT ' +
        'NULL, "land_need_mu" real, "floor_need_m2" real, "output_wan" real ' +
        'NOT NULL, "tax_wan" real NOT NULL, "vat_share" real NOT NULL, ' +
        '"ramp_up_years" integer NOT NULL, "jobs" integer NOT NULL, ' +
        '"pollution_class" text NOT NULL, "head" text NOT NULL, "stage" text ' +
        'NOT NULL, "drop_reason" text, "jurisdiction_id" integer NOT NULL, ' +
        '"leader_role" text NOT NULL, "notes" text NOT NULL DEFAULT (\'\'), ' +
        '"version" integer NOT NULL DEFAULT (1))',
    );
    await q.query('CREATE INDEX "IDX_3c9bf7a08367262de399af7d36" ON "project" ("jurisdiction_id", "stage") ');
    await q.query(
      'CREATE TABLE "plot" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, ' +
        '"park_id" integer NOT NULL, "code" text NOT NULL, "polygon" text NOT ' +
        'NULL, "area_mu" real NOT NULL, "declared_area_mu" real, "land_use" ' +
        'text NOT NULL, "status" text NOT NULL, "readiness" text NOT NULL, ' +
        '"enterprise_id" integer, "project_id" integer, "version" integer NOT ' +
        'NULL DEFAULT (1))',
    );
    await q.query('CREATE INDEX "IDX_dd6544bc923911ddd92e092341" ON "plot" ("status") ');
    await q.query('CREATE UNIQUE INDEX "IDX_10b51f8932ead18c18659a99d2" ON "plot" ("park_id", "code") ');
    await q.query(
      'CREATE TABLE "building" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "park_id" integer NOT NULL, "plot_id" integer, "code" text NOT ' +
        'NULL, "name" text NOT NULL, "footprint" text NOT NULL, "floors" ' +
        'integer NOT NULL, "floor_area_m2" real NOT NULL, "ceiling_height_m" ' +
        'real NOT NULL, "floor_load_kn_per_m2" real NOT NULL, ' +
        '"rent_yuan_per_m2_month" real NOT NULL, "version" integer NOT NULL ' +
        'DEFAULT (1))',
    );
    await q.query(
      'CREATE TABLE "unit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, ' +
        '"building_id" integer NOT NULL, "code" text NOT NULL, "floor" integer ' +
        'NOT NULL, "area_m2" real NOT NULL, "status" text NOT NULL, ' +
        '"enterprise_id" integer, "project_id" integer, "version" integer NOT ' +
        'NULL DEFAULT (1))',
    );
    await q.query(
      'CREATE TABLE "enterprise_year" ("enterprise_id" integer NOT NULL, ' +
        '"year" integer NOT NULL, "tax_wan" real NOT NULL, "value_added_wan" ' +
        'real NOT NULL, "revenue_wan" real NOT NULL, "energy_tce" real NOT ' +
        'NULL, "emissions_t" real NOT NULL, "rd_spend_wan" real NOT NULL, ' +
        '"employees" integer NOT NULL, PRIMARY KEY ("enterprise_id", "year"))',
    );
    await q.query(
      'CREATE TABLE "incentive_package" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "project_id" integer, "name" text NOT NULL, ' +
        '"name_en" text NOT NULL, "kind" text NOT NULL, "is_template" integer ' +
        'NOT NULL, "components" text NOT NULL, "version" integer NOT NULL ' +
        'DEFAULT (1))',
    );
    await q.query(
      'CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "username" text NOT NULL, "display_name" text NOT NULL, "role" ' +
        'text NOT NULL, "password_hash" text NOT NULL, "jurisdiction_ids" text ' +
        'NOT NULL, "created_at" text NOT NULL, CONSTRAINT ' +
        '"UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"))',
    );
    await q.query(
      'CREATE TABLE "scenario" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "name" text NOT NULL, "jurisdiction_ids" text NOT NULL, ' +
        '"levers" text NOT NULL, "pins" text NOT NULL, "exclusions" text NOT ' +
        'NULL, "status" text NOT NULL, "result" text, "basis" text, ' +
        '"created_by" integer, "created_at" text NOT NULL, "updated_at" text ' +
        'NOT NULL, "solved_at" text, "committed_at" text, "version" integer ' +
        'NOT NULL DEFAULT (1))',
    );
    await q.query(
      'CREATE TABLE "scenario_allocation" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "scenario_id" integer NOT NULL, "project_id" ' +
        'integer NOT NULL, "site_kind" text NOT NULL, "plot_id" integer, ' +
        '"building_id" integer, "package_id" integer, "area_mu" real, ' +
        '"floor_m2" real, "value_wan" real NOT NULL)',
    );
    await q.query('CREATE INDEX "IDX_29a37b052a5ae73a28e3af89e2" ON "scenario_allocation" ("scenario_id") ');
    await q.query(
      'CREATE TABLE "session" ("id" text PRIMARY KEY NOT NULL, "user_id" ' +
        'integer NOT NULL, "csrf_token" text NOT NULL, "created_at" text NOT ' +
        'NULL, "expires_at" text NOT NULL)',
    );
    await q.query(
      'CREATE TABLE "audit_event" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "at" text NOT NULL, "user_id" integer, "username" text, ' +
        '"action" text NOT NULL, "entity" text NOT NULL, "entity_id" integer, ' +
        '"before" text, "after" text)',
    );
    await q.query('CREATE INDEX "IDX_8e9d45847131441c0d33afb025" ON "audit_event" ("entity", "entity_id") ');
    await q.query('DROP INDEX "IDX_ce4035f3e4a5bb2ca6bfbf6c98"');
    await q.query(
      'CREATE TABLE "temporary_leader_quota" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "jurisdiction_id" integer NOT NULL, "role" ' +
        'text NOT NULL, "leader_name" text NOT NULL, "year" integer NOT NULL, ' +
        '"count" integer NOT NULL, "min_investment_wan" real NOT NULL, ' +
        '"dominant_only" integer NOT NULL, CONSTRAINT ' +
        '"FK_602b7cf3df06851b4a73d18a1e4" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction" ("id") ON DELETE CASCADE ON UPDATE NO ' +
        'ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_leader_quota"("id", "jurisdiction_id", "role", ' +
        '"leader_name", "year", "count", "min_investment_wan", "dominant_only")' +
        ' SELECT "id", "jurisdiction_id", "role", "leader_name", "year", ' +
        '"count", "min_investment_wan", "dominant_only" FROM "leader_quota"',
    );
    await q.query('DROP TABLE "leader_quota"');
    await q.query('ALTER TABLE "temporary_leader_quota" RENAME TO "leader_quota"');
    await q.query('CREATE INDEX "IDX_ce4035f3e4a5bb2ca6bfbf6c98" ON "leader_quota" ("jurisdiction_id", "year") ');
    await q.query(
      'CREATE TABLE "temporary_jurisdiction" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL,' +
        ' "kind" text NOT NULL, "parent_id" integer, "retained_share_vat" real ' +
        'NOT NULL, "retained_share_cit" real NOT NULL, CONSTRAINT ' +
        '"FK_5ecf6902e9ba2fc03a895cbff25" FOREIGN KEY ("parent_id") REFERENCES ' +
        '"jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_jurisdiction"("id", "name", "name_en", "kind", ' +
        '"parent_id", "retained_share_vat", "retained_share_cit") SELECT "id", ' +
        '"name", "name_en", "kind", "parent_id", "retained_share_vat", ' +
        '"retained_share_cit" FROM "jurisdiction"',
    );
    await q.query('DROP TABLE "jurisdiction"');
    await q.query('ALTER TABLE "temporary_jurisdiction" RENAME TO "jurisdiction"');
    await q.query('DROP INDEX "IDX_c0b73bab8e613a22bddb406670"');
    await q.query(
      'CREATE TABLE "temporary_chain_link" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "chain_id" integer NOT NULL, "seq" integer ' +
        'NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, CONSTRAINT ' +
        '"FK_7c4e83273a2b880ea8214493cf1" FOREIGN KEY ("chain_id") REFERENCES ' +
        '"industry_chain" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_chain_link"("id", "chain_id", "seq", "name", ' +
        '"name_en") SELECT "id", "chain_id", "seq", "name", "name_en" FROM ' +
        '"chain_link"',
    );
    await q.query('DROP TABLE "chain_link"');
    await q.query('ALTER TABLE "temporary_chain_link" RENAME TO "chain_link"');
    await q.query('CREATE UNIQUE INDEX "IDX_c0b73bab8e613a22bddb406670" ON "chain_link" ("chain_id", "seq") ');
    await q.query(
      'CREATE TABLE "temporary_industry" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "code" text NOT NULL, "name" text NOT NULL, ' +
        '"name_en" text NOT NULL, "pollution_class" text NOT NULL, "gbt_group" ' +
        'integer NOT NULL, "chain_id" integer, CONSTRAINT ' +
        '"UQ_d76e293720ae8ab8fe7afffdc98" UNIQUE ("code"), CONSTRAINT ' +
        '"FK_5ffe616b915a3823c6676d0cdce" FOREIGN KEY ("chain_id") REFERENCES ' +
        '"industry_chain" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_industry"("id", "code", "name", "name_en", ' +
        '"pollution_class", "gbt_group", "chain_id") SELECT "id", "code", ' +
        '"name", "name_en", "pollution_class", "gbt_group", "chain_id" FROM ' +
        '"industry"',
    );
    await q.query('DROP TABLE "industry"');
    await q.query('ALTER TABLE "temporary_industry" RENAME TO "industry"');
    await q.query(
      'CREATE TABLE "temporary_park" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "jurisdiction_id" integer NOT NULL, "name" text NOT NULL, ' +
        '"name_en" text NOT NULL, "boundary" text NOT NULL, ' +
        '"dominant_chain_ids" text NOT NULL, "min_dominant_share" real NOT ' +
        'NULL, "land_grade" integer NOT NULL, "listed_land_price_wan_per_mu" ' +
        'real NOT NULL, "min_investment_intensity_wan_per_mu" real NOT NULL, ' +
        '"min_tax_per_mu_wan" real NOT NULL, "min_far" real NOT NULL, ' +
        '"version" integer NOT NULL DEFAULT (1), CONSTRAINT ' +
        '"FK_99d5e348bc46adfd758102e74dc" FOREIGN KEY ("jurisdiction_id") ' +
        'REFERENCES "jurisdiction" ("id") ON DELETE RESTRICT ON UPDATE NO ' +
        'ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_park"("id", "jurisdiction_id", "name", ' +
        '"name_en", "boundary", "dominant_chain_ids", "min_dominant_share", ' +
        '"land_grade", "listed_land_price_wan_per_mu", ' +
        '"min_investment_intensity_wan_per_mu", "min_tax_per_mu_wan", ' +
        '"min_far", "version") SELECT "id", "jurisdiction_id", "name", ' +
        '"name_en", "boundary", "dominant_chain_ids", "min_dominant_share", ' +
        '"land_grade", "listed_land_price_wan_per_mu", ' +
        '"min_investment_intensity_wan_per_mu", "min_tax_per_mu_wan", ' +
        '"min_far", "version" FROM "park"',
    );
    await q.query('DROP TABLE "park"');
    await q.query('ALTER TABLE "temporary_park" RENAME TO "park"');
    await q.query(
      'CREATE TABLE "temporary_enterprise" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL,' +
        ' "industry_id" integer NOT NULL, "chain_link_id" integer, ' +
        '"jurisdiction_id" integer NOT NULL, "is_small" integer NOT NULL, ' +
        '"version" integer NOT NULL DEFAULT (1), CONSTRAINT ' +
        '"FK_8b4c47ab8d25a9d8bd62b131419" FOREIGN KEY ("industry_id") ' +
        'REFERENCES "industry" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, ' +
        'CONSTRAINT "FK_0a39ef4e232cbb04d72565f0002" FOREIGN KEY ' +
        '("chain_link_id") REFERENCES "chain_link" ("id") ON DELETE SET NULL ' +
        'ON UPDATE NO ACTION, CONSTRAINT "FK_be4787b92bc1f7bdf2047fd1948" ' +
        'FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction" ("id") ON ' +
        'DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_enterprise"("id", "name", "name_en", ' +
        '"industry_id", "chain_link_id", "jurisdiction_id", "is_small", ' +
        '"version") SELECT "id", "name", "name_en", "industry_id", ' +
        '"chain_link_id", "jurisdiction_id", "is_small", "version" FROM ' +
        '"enterprise"',
    );
    await q.query('DROP TABLE "enterprise"');
    await q.query('ALTER TABLE "temporary_enterprise" RENAME TO "enterprise"');
    await q.query('DROP INDEX "IDX_3c9bf7a08367262de399af7d36"');
    await q.query(
      'CREATE TABLE "temporary_project" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "name" text NOT NULL, "investor" text NOT ' +
        'NULL, "industry_id" integer NOT NULL, "chain_link_id" integer, ' +
        '"investment_wan" real NOT NULL, "land_need_mu" real, "floor_need_m2" ' +
        'real, "output_wan" real NOT NULL, "tax_wan" real NOT NULL, ' +
        '"vat_share" real NOT NULL, "ramp_up_years" integer NOT NULL, "jobs" ' +
        'integer NOT NULL, "pollution_class" text NOT NULL, "head" text NOT ' +
        'NULL, "stage" text NOT NULL, "drop_reason" text, "jurisdiction_id" ' +
        'integer NOT NULL, "leader_role" text NOT NULL, "notes" text NOT NULL ' +
        'DEFAULT (\'\'), "version" integer NOT NULL DEFAULT (1), CONSTRAINT ' +
        '"FK_1f91debe67d7718e0dd7c551106" FOREIGN KEY ("industry_id") ' +
        'REFERENCES "industry" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, ' +
        'CONSTRAINT "FK_f93044f9a000acdbc87edb98fb6" FOREIGN KEY ' +
        '("chain_link_id") REFERENCES "chain_link" ("id") ON DELETE SET NULL ' +
        'ON UPDATE NO ACTION, CONSTRAINT "FK_c35d224ca0a62728880db935a28" ' +
        'FOREIGN KEY ("jurisdiction_id") REFERENCES "jurisdiction" ("id") ON ' +
        'DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_project"("id", "name", "investor", ' +
        '"industry_id", "chain_link_id", "investment_wan", "land_need_mu", ' +
        '"floor_need_m2", "output_wan", "tax_wan", "vat_share", ' +
        '"ramp_up_years", "jobs", "pollution_class", "head", "stage", ' +
        '"drop_reason", "jurisdiction_id", "leader_role", "notes", "version") ' +
        'SELECT "id", "name", "investor", "industry_id", "chain_link_id", ' +
        '"investment_wan", "land_need_mu", "floor_need_m2", "output_wan", ' +
        '"tax_wan", "vat_share", "ramp_up_years", "jobs", "pollution_class", ' +
        '"head", "stage", "drop_reason", "jurisdiction_id", "leader_role", ' +
        '"notes", "version" FROM "project"',
    );
    await q.query('DROP TABLE "project"');
    await q.query('ALTER TABLE "temporary_project" RENAME TO "project"');
    await q.query('CREATE INDEX "IDX_3c9bf7a08367262de399af7d36" ON "project" ("jurisdiction_id", "stage") ');
    await q.query('DROP INDEX "IDX_dd6544bc923911ddd92e092341"');
    await q.query('DROP INDEX "IDX_10b51f8932ead18c18659a99d2"');
    await q.query(
      'CREATE TABLE "temporary_plot" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "park_id" integer NOT NULL, "code" text NOT NULL, "polygon" ' +
        'text NOT NULL, "area_mu" real NOT NULL, "declared_area_mu" real, ' +
        '"land_use" text NOT NULL, "status" text NOT NULL, "readiness" text ' +
        'NOT NULL, "enterprise_id" integer, "project_id" integer, "version" ' +
        'integer NOT NULL DEFAULT (1), CONSTRAINT ' +
        '"FK_d1fdfcbe5dd2c587058bfdae63e" FOREIGN KEY ("park_id") REFERENCES ' +
        '"park" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT ' +
        '"FK_56052ec8805bba44261c1695a84" FOREIGN KEY ("enterprise_id") ' +
        'REFERENCES "enterprise" ("id") ON DELETE SET NULL ON UPDATE NO ACTION,' +
        ' CONSTRAINT "FK_b9e06202af0e6c967b6084b111d" FOREIGN KEY ' +
        '("project_id") REFERENCES "project" ("id") ON DELETE SET NULL ON ' +
        'UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_plot"("id", "park_id", "code", "polygon", ' +
        '"area_mu", "declared_area_mu", "land_use", "status", "readiness", ' +
        '"enterprise_id", "project_id", "version") SELECT "id", "park_id", ' +
        '"code", "polygon", "area_mu", "declared_area_mu", "land_use", ' +
        '"status", "readiness", "enterprise_id", "project_id", "version" FROM ' +
        '"plot"',
    );
    await q.query('DROP TABLE "plot"');
    await q.query('ALTER TABLE "temporary_plot" RENAME TO "plot"');
    await q.query('CREATE INDEX "IDX_dd6544bc923911ddd92e092341" ON "plot" ("status") ');
    await q.query('CREATE UNIQUE INDEX "IDX_10b51f8932ead18c18659a99d2" ON "plot" ("park_id", "code") ');
    await q.query(
      'CREATE TABLE "temporary_building" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "park_id" integer NOT NULL, "plot_id" integer,' +
        ' "code" text NOT NULL, "name" text NOT NULL, "footprint" text NOT ' +
        'NULL, "floors" integer NOT NULL, "floor_area_m2" real NOT NULL, ' +
        '"ceiling_height_m" real NOT NULL, "floor_load_kn_per_m2" real NOT ' +
        'NULL, "rent_yuan_per_m2_month" real NOT NULL, "version" integer NOT ' +
        'NULL DEFAULT (1), CONSTRAINT "FK_230b6e07172a8adc09be722472e" FOREIGN ' +
        'KEY ("park_id") REFERENCES "park" ("id") ON DELETE CASCADE ON UPDATE ' +
        'NO ACTION, CONSTRAINT "FK_e15b283d5c7dcb1a91ef7f21f60" FOREIGN KEY ' +
        '("plot_id") REFERENCES "plot" ("id") ON DELETE SET NULL ON UPDATE NO ' +
        'ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_building"("id", "park_id", "plot_id", "code", ' +
        '"name", "footprint", "floors", "floor_area_m2", "ceiling_height_m", ' +
        '"floor_load_kn_per_m2", "rent_yuan_per_m2_month", "version") SELECT ' +
        '"id", "park_id", "plot_id", "code", "name", "footprint", "floors", ' +
        '"floor_area_m2", "ceiling_height_m", "floor_load_kn_per_m2", ' +
        '"rent_yuan_per_m2_month", "version" FROM "building"',
    );
    await q.query('DROP TABLE "building"');
    await q.query('ALTER TABLE "temporary_building" RENAME TO "building"');
    await q.query(
      'CREATE TABLE "temporary_unit" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "building_id" integer NOT NULL, "code" text NOT NULL, ' +
        '"floor" integer NOT NULL, "area_m2" real NOT NULL, "status" text NOT ' +
        'NULL, "enterprise_id" integer, "project_id" integer, "version" ' +
        'integer NOT NULL DEFAULT (1), CONSTRAINT ' +
        '"FK_10957865e0fd42ab859753f882e" FOREIGN KEY ("building_id") ' +
        'REFERENCES "building" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, ' +
        'CONSTRAINT "FK_e5f8646a0261f08bd89e5da1848" FOREIGN KEY ' +
        '("enterprise_id") REFERENCES "enterprise" ("id") ON DELETE SET NULL ' +
        'ON UPDATE NO ACTION, CONSTRAINT "FK_f10585d13aa76c8cf0bc246fed5" ' +
        'FOREIGN KEY ("project_id") REFERENCES "project" ("id") ON DELETE SET ' +
        'NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_unit"("id", "building_id", "code", "floor", ' +
        '"area_m2", "status", "enterprise_id", "project_id", "version") SELECT ' +
        '"id", "building_id", "code", "floor", "area_m2", "status", ' +
        '"enterprise_id", "project_id", "version" FROM "unit"',
    );
    await q.query('DROP TABLE "unit"');
    await q.query('ALTER TABLE "temporary_unit" RENAME TO "unit"');
    await q.query(
      'CREATE TABLE "temporary_enterprise_year" ("enterprise_id" integer NOT ' +
        'NULL, "year" integer NOT NULL, "tax_wan" real NOT NULL, ' +
        '"value_added_wan" real NOT NULL, "revenue_wan" real NOT NULL, ' +
        '"energy_tce" real NOT NULL, "emissions_t" real NOT NULL, ' +
        '"rd_spend_wan" real NOT NULL, "employees" integer NOT NULL, ' +
        'CONSTRAINT "FK_4cb8a30fb3e1aafe8e825cb15a9" FOREIGN KEY ' +
        '("enterprise_id") REFERENCES "enterprise" ("id") ON DELETE CASCADE ON ' +
        'UPDATE NO ACTION, PRIMARY KEY ("enterprise_id", "year"))',
    );
    await q.query(
      'INSERT INTO "temporary_enterprise_year"("enterprise_id", "year", ' +
        '"tax_wan", "value_added_wan", "revenue_wan", "energy_tce", ' +
        '"emissions_t", "rd_spend_wan", "employees") SELECT "enterprise_id", ' +
        '"year", "tax_wan", "value_added_wan", "revenue_wan", "energy_tce", ' +
        '"emissions_t", "rd_spend_wan", "employees" FROM "enterprise_year"',
    );
    await q.query('DROP TABLE "enterprise_year"');
    await q.query('ALTER TABLE "temporary_enterprise_year" RENAME TO "enterprise_year"');
    await q.query(
      'CREATE TABLE "temporary_incentive_package" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "project_id" integer, "name" text NOT NULL, ' +
        '"name_en" text NOT NULL, "kind" text NOT NULL, "is_template" integer ' +
        'NOT NULL, "components" text NOT NULL, "version" integer NOT NULL ' +
        'DEFAULT (1), CONSTRAINT "FK_1c81b57176e06826e9180b9dca6" FOREIGN KEY ' +
        '("project_id") REFERENCES "project" ("id") ON DELETE CASCADE ON ' +
        'UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_incentive_package"("id", "project_id", "name", ' +
        '"name_en", "kind", "is_template", "components", "version") SELECT ' +
        '"id", "project_id", "name", "name_en", "kind", "is_template", ' +
        '"components", "version" FROM "incentive_package"',
    );
    await q.query('DROP TABLE "incentive_package"');
    await q.query('ALTER TABLE "temporary_incentive_package" RENAME TO "incentive_package"');
    await q.query(
      'CREATE TABLE "temporary_scenario" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "name" text NOT NULL, "jurisdiction_ids" text ' +
        'NOT NULL, "levers" text NOT NULL, "pins" text NOT NULL, "exclusions" ' +
        'text NOT NULL, "status" text NOT NULL, "result" text, "basis" text, ' +
        '"created_by" integer, "created_at" text NOT NULL, "updated_at" text ' +
        'NOT NULL, "solved_at" text, "committed_at" text, "version" integer ' +
        'NOT NULL DEFAULT (1), CONSTRAINT "FK_1acb0d56f17304c6adb1d885414" ' +
        'FOREIGN KEY ("created_by") REFERENCES "app_user" ("id") ON DELETE SET ' +
        'NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_scenario"("id", "name", "jurisdiction_ids", ' +
        '"levers", "pins", "exclusions", "status", "result", "basis", ' +
        '"created_by", "created_at", "updated_at", "solved_at", "committed_at",' +
        ' "version") SELECT "id", "name", "jurisdiction_ids", "levers", "pins",' +
        ' "exclusions", "status", "result", "basis", "created_by", ' +
        '"created_at", "updated_at", "solved_at", "committed_at", "version" ' +
        'FROM "scenario"',
    );
    await q.query('DROP TABLE "scenario"');
    await q.query('ALTER TABLE "temporary_scenario" RENAME TO "scenario"');
    await q.query('DROP INDEX "IDX_29a37b052a5ae73a28e3af89e2"');
    await q.query(
      'CREATE TABLE "temporary_scenario_allocation" ("id" integer PRIMARY ' +
        'KEY AUTOINCREMENT NOT NULL, "scenario_id" integer NOT NULL, ' +
        '"project_id" integer NOT NULL, "site_kind" text NOT NULL, "plot_id" ' +
        'integer, "building_id" integer, "package_id" integer, "area_mu" real, ' +
        '"floor_m2" real, "value_wan" real NOT NULL, CONSTRAINT ' +
        '"FK_29a37b052a5ae73a28e3af89e20" FOREIGN KEY ("scenario_id") ' +
        'REFERENCES "scenario" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, ' +
        'CONSTRAINT "FK_ee1903ea997f0c04f27c31d2738" FOREIGN KEY ("project_id")' +
        ' REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, ' +
        'CONSTRAINT "FK_0b5101de0a938d282e5c9a1831f" FOREIGN KEY ("plot_id") ' +
        'REFERENCES "plot" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, ' +
        'CONSTRAINT "FK_4039ace984cb01ff78d863964eb" FOREIGN KEY ' +
        '("building_id") REFERENCES "building" ("id") ON DELETE CASCADE ON ' +
        'UPDATE NO ACTION, CONSTRAINT "FK_96d8cc806d34ea15c2574e844b0" FOREIGN ' +
        'KEY ("package_id") REFERENCES "incentive_package" ("id") ON DELETE ' +
        'SET NULL ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_scenario_allocation"("id", "scenario_id", ' +
        '"project_id", "site_kind", "plot_id", "building_id", "package_id", ' +
        '"area_mu", "floor_m2", "value_wan") SELECT "id", "scenario_id", ' +
        '"project_id", "site_kind", "plot_id", "building_id", "package_id", ' +
        '"area_mu", "floor_m2", "value_wan" FROM "scenario_allocation"',
    );
    await q.query('DROP TABLE "scenario_allocation"');
    await q.query('ALTER TABLE "temporary_scenario_allocation" RENAME TO "scenario_allocation"');
    await q.query('CREATE INDEX "IDX_29a37b052a5ae73a28e3af89e2" ON "scenario_allocation" ("scenario_id") ');
    await q.query(
      'CREATE TABLE "temporary_session" ("id" text PRIMARY KEY NOT NULL, ' +
        '"user_id" integer NOT NULL, "csrf_token" text NOT NULL, "created_at" ' +
        'text NOT NULL, "expires_at" text NOT NULL, CONSTRAINT ' +
        '"FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES ' +
        '"app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await q.query(
      'INSERT INTO "temporary_session"("id", "user_id", "csrf_token", ' +
        '"created_at", "expires_at") SELECT "id", "user_id", "csrf_token", ' +
        '"created_at", "expires_at" FROM "session"',
    );
    await q.query('DROP TABLE "session"');
    await q.query('ALTER TABLE "temporary_session" RENAME TO "session"');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "session" RENAME TO "temporary_session"');
    await q.query(
      'CREATE TABLE "session" ("id" text PRIMARY KEY NOT NULL, "user_id" ' +
        'integer NOT NULL, "csrf_token" text NOT NULL, "created_at" text NOT ' +
        'NULL, "expires_at" text NOT NULL)',
    );
    await q.query(
      'INSERT INTO "session"("id", "user_id", "csrf_token", "created_at", ' +
        '"expires_at") SELECT "id", "user_id", "csrf_token", "created_at", ' +
        '"expires_at" FROM "temporary_session"',
    );
    await q.query('DROP TABLE "temporary_session"');
    await q.query('DROP INDEX "IDX_29a37b052a5ae73a28e3af89e2"');
    await q.query('ALTER TABLE "scenario_allocation" RENAME TO "temporary_scenario_allocation"');
    await q.query(
      'CREATE TABLE "scenario_allocation" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "scenario_id" integer NOT NULL, "project_id" ' +
        'integer NOT NULL, "site_kind" text NOT NULL, "plot_id" integer, ' +
        '"building_id" integer, "package_id" integer, "area_mu" real, ' +
        '"floor_m2" real, "value_wan" real NOT NULL)',
    );
    await q.query(
      'INSERT INTO "scenario_allocation"("id", "scenario_id", "project_id", ' +
        '"site_kind", "plot_id", "building_id", "package_id", "area_mu", ' +
        '"floor_m2", "value_wan") SELECT "id", "scenario_id", "project_id", ' +
        '"site_kind", "plot_id", "building_id", "package_id", "area_mu", ' +
        '"floor_m2", "value_wan" FROM "temporary_scenario_allocation"',
    );
    await q.query('DROP TABLE "temporary_scenario_allocation"');
    await q.query('CREATE INDEX "IDX_29a37b052a5ae73a28e3af89e2" ON "scenario_allocation" ("scenario_id") ');
    await q.query('ALTER TABLE "scenario" RENAME TO "temporary_scenario"');
    await q.query(
      'CREATE TABLE "scenario" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "name" text NOT NULL, "jurisdiction_ids" text NOT NULL, ' +
        '"levers" text NOT NULL, "pins" text NOT NULL, "exclusions" text NOT ' +
        'NULL, "status" text NOT NULL, "result" text, "basis" text, ' +
        '"created_by" integer, "created_at" text NOT NULL, "updated_at" text ' +
        'NOT NULL, "solved_at" text, "committed_at" text, "version" integer ' +
        'NOT NULL DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "scenario"("id", "name", "jurisdiction_ids", "levers", ' +
        '"pins", "exclusions", "status", "result", "basis", "created_by", ' +
        '"created_at", "updated_at", "solved_at", "committed_at", "version") ' +
        'SELECT "id", "name", "jurisdiction_ids", "levers", "pins", ' +
        '"exclusions", "status", "result", "basis", "created_by", "created_at",' +
        ' "updated_at", "solved_at", "committed_at", "version" FROM ' +
        '"temporary_scenario"',
    );
    await q.query('DROP TABLE "temporary_scenario"');
    await q.query('ALTER TABLE "incentive_package" RENAME TO "temporary_incentive_package"');
    await q.query(
      'CREATE TABLE "incentive_package" ("id" integer PRIMARY KEY ' +
        'AUTOINCREMENT NOT NULL, "project_id" integer, "name" text NOT NULL, ' +
        '"name_en" text NOT NULL, "kind" text NOT NULL, "is_template" integer ' +
        'NOT NULL, "components" text NOT NULL, "version" integer NOT NULL ' +
        'DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "incentive_package"("id", "project_id", "name", "name_en",' +
        ' "kind", "is_template", "components", "version") SELECT "id", ' +
        '"project_id", "name", "name_en", "kind", "is_template", "components", ' +
        '"version" FROM "temporary_incentive_package"',
    );
    await q.query('DROP TABLE "temporary_incentive_package"');
    await q.query('ALTER TABLE "enterprise_year" RENAME TO "temporary_enterprise_year"');
    await q.query(
      'CREATE TABLE "enterprise_year" ("enterprise_id" integer NOT NULL, ' +
        '"year" integer NOT NULL, "tax_wan" real NOT NULL, "value_added_wan" ' +
        'real NOT NULL, "revenue_wan" real NOT NULL, "energy_tce" real NOT ' +
        'NULL, "emissions_t" real NOT NULL, "rd_spend_wan" real NOT NULL, ' +
        '"employees" integer NOT NULL, PRIMARY KEY ("enterprise_id", "year"))',
    );
    await q.query(
      'INSERT INTO "enterprise_year"("enterprise_id", "year", "tax_wan", ' +
        '"value_added_wan", "revenue_wan", "energy_tce", "emissions_t", ' +
        '"rd_spend_wan", "employees") SELECT "enterprise_id", "year", ' +
        '"tax_wan", "value_added_wan", "revenue_wan", "energy_tce", ' +
        '"emissions_t", "rd_spend_wan", "employees" FROM ' +
        '"temporary_enterprise_year"',
    );
    await q.query('DROP TABLE "temporary_enterprise_year"');
    await q.query('ALTER TABLE "unit" RENAME TO "temporary_unit"');
    await q.query(
      'CREATE TABLE "unit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, ' +
        '"building_id" integer NOT NULL, "code" text NOT NULL, "floor" integer ' +
        'NOT NULL, "area_m2" real NOT NULL, "status" text NOT NULL, ' +
        '"enterprise_id" integer, "project_id" integer, "version" integer NOT ' +
        'NULL DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "unit"("id", "building_id", "code", "floor", "area_m2", ' +
        '"status", "enterprise_id", "project_id", "version") SELECT "id", ' +
        '"building_id", "code", "floor", "area_m2", "status", "enterprise_id", ' +
        '"project_id", "version" FROM "temporary_unit"',
    );
    await q.query('DROP TABLE "temporary_unit"');
    await q.query('ALTER TABLE "building" RENAME TO "temporary_building"');
    await q.query(
      'CREATE TABLE "building" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "park_id" integer NOT NULL, "plot_id" integer, "code" text NOT ' +
        'NULL, "name" text NOT NULL, "footprint" text NOT NULL, "floors" ' +
        'integer NOT NULL, "floor_area_m2" real NOT NULL, "ceiling_height_m" ' +
        'real NOT NULL, "floor_load_kn_per_m2" real NOT NULL, ' +
        '"rent_yuan_per_m2_month" real NOT NULL, "version" integer NOT NULL ' +
        'DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "building"("id", "park_id", "plot_id", "code", "name", ' +
        '"footprint", "floors", "floor_area_m2", "ceiling_height_m", ' +
        '"floor_load_kn_per_m2", "rent_yuan_per_m2_month", "version") SELECT ' +
        '"id", "park_id", "plot_id", "code", "name", "footprint", "floors", ' +
        '"floor_area_m2", "ceiling_height_m", "floor_load_kn_per_m2", ' +
        '"rent_yuan_per_m2_month", "version" FROM "temporary_building"',
    );
    await q.query('DROP TABLE "temporary_building"');
    await q.query('DROP INDEX "IDX_10b51f8932ead18c18659a99d2"');
    await q.query('DROP INDEX "IDX_dd6544bc923911ddd92e092341"');
    await q.query('ALTER TABLE "plot" RENAME TO "temporary_plot"');
    await q.query(
      'CREATE TABLE "plot" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, ' +
        '"park_id" integer NOT NULL, "code" text NOT NULL, "polygon" text NOT ' +
        'NULL, "area_mu" real NOT NULL, "declared_area_mu" real, "land_use" ' +
        'text NOT NULL, "status" text NOT NULL, "readiness" text NOT NULL, ' +
        '"enterprise_id" integer, "project_id" integer, "version" integer NOT ' +
        'NULL DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "plot"("id", "park_id", "code", "polygon", "area_mu", ' +
        '"declared_area_mu", "land_use", "status", "readiness", ' +
        '"enterprise_id", "project_id", "version") SELECT "id", "park_id", ' +
        '"code", "polygon", "area_mu", "declared_area_mu", "land_use", ' +
        '"status", "readiness", "enterprise_id", "project_id", "version" FROM ' +
        '"temporary_plot"',
    );
    await q.query('DROP TABLE "temporary_plot"');
    await q.query('CREATE UNIQUE INDEX "IDX_10b51f8932ead18c18659a99d2" ON "plot" ("park_id", "code") ');
    await q.query('CREATE INDEX "IDX_dd6544bc923911ddd92e092341" ON "plot" ("status") ');
    await q.query('DROP INDEX "IDX_3c9bf7a08367262de399af7d36"');
    await q.query('ALTER TABLE "project" RENAME TO "temporary_project"');
    await q.query(
      'CREATE TABLE "project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "name" text NOT NULL, "investor" text NOT NULL, "industry_id" ' +
        'integer NOT NULL, "chain_link_id" integer, "investment_wan" real NOT ' +
        'NULL, "land_need_mu" real, "floor_need_m2" real, "output_wan" real ' +
        'NOT NULL, "tax_wan" real NOT NULL, "vat_share" real NOT NULL, ' +
        '"ramp_up_years" integer NOT NULL, "jobs" integer NOT NULL, ' +
        '"pollution_class" text NOT NULL, "head" text NOT NULL, "stage" text ' +
        'NOT NULL, "drop_reason" text, "jurisdiction_id" integer NOT NULL, ' +
        '"leader_role" text NOT NULL, "notes" text NOT NULL DEFAULT (\'\'), ' +
        '"version" integer NOT NULL DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "project"("id", "name", "investor", "industry_id", ' +
        '"chain_link_id", "investment_wan", "land_need_mu", "floor_need_m2", ' +
        '"output_wan", "tax_wan", "vat_share", "ramp_up_years", "jobs", ' +
        '"pollution_class", "head", "stage", "drop_reason", "jurisdiction_id", ' +
        '"leader_role", "notes", "version") SELECT "id", "name", "investor", ' +
        '"industry_id", "chain_link_id", "investment_wan", "land_need_mu", ' +
        '"floor_need_m2", "output_wan", "tax_wan", "vat_share", ' +
        '"ramp_up_years", "jobs", "pollution_class", "head", "stage", ' +
        '"drop_reason", "jurisdiction_id", "leader_role", "notes", "version" ' +
        'FROM "temporary_project"',
    );
    await q.query('DROP TABLE "temporary_project"');
    await q.query('CREATE INDEX "IDX_3c9bf7a08367262de399af7d36" ON "project" ("jurisdiction_id", "stage") ');
    await q.query('ALTER TABLE "enterprise" RENAME TO "temporary_enterprise"');
    await q.query(
      'CREATE TABLE "enterprise" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "name" text NOT NULL, "name_en" text NOT NULL, "industry_id" ' +
        'integer NOT NULL, "chain_link_id" integer, "jurisdiction_id" integer ' +
        'NOT NULL, "is_small" integer NOT NULL, "version" integer NOT NULL ' +
        'DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "enterprise"("id", "name", "name_en", "industry_id", ' +
        '"chain_link_id", "jurisdiction_id", "is_small", "version") SELECT ' +
        '"id", "name", "name_en", "industry_id", "chain_link_id", ' +
        '"jurisdiction_id", "is_small", "version" FROM "temporary_enterprise"',
    );
    await q.query('DROP TABLE "temporary_enterprise"');
    await q.query('ALTER TABLE "park" RENAME TO "temporary_park"');
    await q.query(
      'CREATE TABLE "park" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, ' +
        '"jurisdiction_id" integer NOT NULL, "name" text NOT NULL, "name_en" ' +
        'text NOT NULL, "boundary" text NOT NULL, "dominant_chain_ids" text ' +
        'NOT NULL, "min_dominant_share" real NOT NULL, "land_grade" integer ' +
        'NOT NULL, "listed_land_price_wan_per_mu" real NOT NULL, ' +
        '"min_investment_intensity_wan_per_mu" real NOT NULL, ' +
        '"min_tax_per_mu_wan" real NOT NULL, "min_far" real NOT NULL, ' +
        '"version" integer NOT NULL DEFAULT (1))',
    );
    await q.query(
      'INSERT INTO "park"("id", "jurisdiction_id", "name", "name_en", ' +
        '"boundary", "dominant_chain_ids", "min_dominant_share", "land_grade", ' +
        '"listed_land_price_wan_per_mu", "min_investment_intensity_wan_per_mu",' +
        ' "min_tax_per_mu_wan", "min_far", "version") SELECT "id", ' +
        '"jurisdiction_id", "name", "name_en", "boundary", ' +
        '"dominant_chain_ids", "min_dominant_share", "land_grade", ' +
        '"listed_land_price_wan_per_mu", "min_investment_intensity_wan_per_mu",' +
        ' "min_tax_per_mu_wan", "min_far", "version" FROM "temporary_park"',
    );
    await q.query('DROP TABLE "temporary_park"');
    await q.query('ALTER TABLE "industry" RENAME TO "temporary_industry"');
    await q.query(
      'CREATE TABLE "industry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "code" text NOT NULL, "name" text NOT NULL, "name_en" text NOT ' +
        'NULL, "pollution_class" text NOT NULL, "gbt_group" integer NOT NULL, ' +
        '"chain_id" integer, CONSTRAINT "UQ_d76e293720ae8ab8fe7afffdc98" ' +
        'UNIQUE ("code"))',
    );
    await q.query(
      'INSERT INTO "industry"("id", "code", "name", "name_en", ' +
        '"pollution_class", "gbt_group", "chain_id") SELECT "id", "code", ' +
        '"name", "name_en", "pollution_class", "gbt_group", "chain_id" FROM ' +
        '"temporary_industry"',
    );
    await q.query('DROP TABLE "temporary_industry"');
    await q.query('DROP INDEX "IDX_c0b73bab8e613a22bddb406670"');
    await q.query('ALTER TABLE "chain_link" RENAME TO "temporary_chain_link"');
    await q.query(
      'CREATE TABLE "chain_link" ("id" integer PRIMARY KEY AUTOINCREMENT NOT ' +
        'NULL, "chain_id" integer NOT NULL, "seq" integer NOT NULL, "name" ' +
        'text NOT NULL, "name_en" text NOT NULL)',
    );
    await q.query(
      'INSERT INTO "chain_link"("id", "chain_id", "seq", "name", "name_en") ' +
        'SELECT "id", "chain_id", "seq", "name", "name_en" FROM ' +
        '"temporary_chain_link"',
    );
    await q.query('DROP TABLE "temporary_chain_link"');
    await q.query('CREATE UNIQUE INDEX "IDX_c0b73bab8e613a22bddb406670" ON "chain_link" ("chain_id", "seq") ');
    await q.query('ALTER TABLE "jurisdiction" RENAME TO "temporary_jurisdiction"');
    await q.query(
      'CREATE TABLE "jurisdiction" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "name" text NOT NULL, "name_en" text NOT NULL, "kind" text ' +
        'NOT NULL, "parent_id" integer, "retained_share_vat" real NOT NULL, ' +
        '"retained_share_cit" real NOT NULL)',
    );
    await q.query(
      'INSERT INTO "jurisdiction"("id", "name", "name_en", "kind", ' +
        '"parent_id", "retained_share_vat", "retained_share_cit") SELECT "id", ' +
        '"name", "name_en", "kind", "parent_id", "retained_share_vat", ' +
        '"retained_share_cit" FROM "temporary_jurisdiction"',
    );
    await q.query('DROP TABLE "temporary_jurisdiction"');
    await q.query('DROP INDEX "IDX_ce4035f3e4a5bb2ca6bfbf6c98"');
    await q.query('ALTER TABLE "leader_quota" RENAME TO "temporary_leader_quota"');
    await q.query(
      'CREATE TABLE "leader_quota" ("id" integer PRIMARY KEY AUTOINCREMENT ' +
        'NOT NULL, "jurisdiction_id" integer NOT NULL, "role" text NOT NULL, ' +
        '"leader_name" text NOT NULL, "year" integer NOT NULL, "count" integer ' +
        'NOT NULL, "min_investment_wan" real NOT NULL, "dominant_only" integer ' +
        'NOT NULL)',
    );
    await q.query(
      'INSERT INTO "leader_quota"("id", "jurisdiction_id", "role", ' +
        '"leader_name", "year", "count", "min_investment_wan", "dominant_only")' +
        ' SELECT "id", "jurisdiction_id", "role", "leader_name", "year", ' +
        '"count", "min_investment_wan", "dominant_only" FROM ' +
        '"temporary_leader_quota"',
    );
    await q.query('DROP TABLE "temporary_leader_quota"');
    await q.query('CREATE INDEX "IDX_ce4035f3e4a5bb2ca6bfbf6c98" ON "leader_quota" ("jurisdiction_id", "year") ');
    await q.query('DROP INDEX "IDX_8e9d45847131441c0d33afb025"');
    await q.query('DROP TABLE "audit_event"');
    await q.query('DROP TABLE "session"');
    await q.query('DROP INDEX "IDX_29a37b052a5ae73a28e3af89e2"');
    await q.query('DROP TABLE "scenario_allocation"');
    await q.query('DROP TABLE "scenario"');
    await q.query('DROP TABLE "app_user"');
    await q.query('DROP TABLE "incentive_package"');
    await q.query('DROP TABLE "enterprise_year"');
    await q.query('DROP TABLE "unit"');
    await q.query('DROP TABLE "building"');
    await q.query('DROP INDEX "IDX_10b51f8932ead18c18659a99d2"');
    await q.query('DROP INDEX "IDX_dd6544bc923911ddd92e092341"');
    await q.query('DROP TABLE "plot"');
    await q.query('DROP INDEX "IDX_3c9bf7a08367262de399af7d36"');
    await q.query('DROP TABLE "project"');
    await q.query('DROP TABLE "enterprise"');
    await q.query('DROP TABLE "park"');
    await q.query('DROP TABLE "industry"');
    await q.query('DROP INDEX "IDX_c0b73bab8e613a22bddb406670"');
    await q.query('DROP TABLE "chain_link"');
    await q.query('DROP TABLE "industry_chain"');
    await q.query('DROP TABLE "jurisdiction"');
    await q.query('DROP INDEX "IDX_ce4035f3e4a5bb2ca6bfbf6c98"');
    await q.query('DROP TABLE "leader_quota"');
  }
}
