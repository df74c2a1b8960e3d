import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostGIS on PostgreSQL: plots, buildings and park boundaries get a `geom` column derived from their
 * GeoJSON text (WGS84, SRID 4326) with a GiST index, so overlap and containment checks can run in the
 * database (ST_Intersects, ST_Area on geography). A trigger derives the column from the GeoJSON the
 * entities write, on every insert and on every update of the GeoJSON: the entities, repositories and
 * SQLite stay as they are, and the two cannot drift. (A trigger rather than a GENERATED column:
 * TypeORM's schema reader needs bookkeeping of its own for generated columns.)
 * CREATE EXTENSION needs a role allowed to create it (or a DBA runs it once beforehand).
 */
export class PostgisGeometry1765000000100 implements MigrationInterface {
  name = 'PostgisGeometry1765000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query('CREATE EXTENSION IF NOT EXISTS postgis');
    for (const [table, column] of GEOMETRY) {
      await q.query(`ALTER TABLE "${table}" ADD COLUMN "geom" geometry(Geometry, 4326)`);
      await q.query(
        `CREATE FUNCTION "${table}_geom_sync"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
          `NEW.geom := ST_SetSRID(ST_GeomFromGeoJSON(NEW."${column}"), 4326); RETURN NEW; END $$`,
      );
      await q.query(
        `CREATE TRIGGER "${table}_geom_sync" BEFORE INSERT OR UPDATE OF "${column}" ON "${table}" ` +
          `FOR EACH ROW EXECUTE FUNCTION "${table}_geom_sync"()`,
      );
      await q.query(`UPDATE "${table}" SET geom = ST_SetSRID(ST_GeomFromGeoJSON("${column}"), 4326)`);
      await q.query(`CREATE INDEX "${table}_geom_gist" ON "${table}" USING GIST ("geom")`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table] of GEOMETRY) {
      await q.query(`DROP INDEX "${table}_geom_gist"`);
      await q.query(`DROP TRIGGER "${table}_geom_sync" ON "${table}"`);
      await q.query(`DROP FUNCTION "${table}_geom_sync"()`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "geom"`);
    }
  }
}

/** Table and the GeoJSON column its geometry is derived from. */
export const GEOMETRY = [
  ['plot', 'polygon'],
  ['building', 'footprint'],
  ['park', 'boundary'],
] as const;
