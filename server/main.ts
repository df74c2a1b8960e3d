import 'reflect-metadata';
import { resolve } from 'node:path';
import { loadConfig } from './config';
import { openDatabase } from './db/data-source';
import { Db } from './db/db';
import { createApp } from './app';
import { seedIfEmpty } from './db/seed/load';

/** Starts ParkPlan: configuration, database (migrated, seeded when empty), first admin, HTTP. */
export async function start(): Promise<void> {
  const config = loadConfig();
  const db = new Db(await openDatabase(config.databasePath));
  if (config.seedDemo) {
    const seeded = await seedIfEmpty(db);
    if (seeded) console.log(`[parkplan] demo city seeded: ${seeded}`);
  }
  const { app, auth, close } = createApp({ db, config, clientDir: resolve(config.clientDir) });
  const admin = await auth.ensureAdmin(config.adminUser, config.adminPassword);
  if (admin?.password)
    console.log(
      `[parkplan] first start: administrator "${admin.username}" created with one-time password: ${admin.password}`,
    );
  else if (admin)
    console.log(`[parkplan] first start: administrator "${admin.username}" created from ADMIN_USER/ADMIN_PASSWORD`);
  const server = app.listen(config.port, config.host, () => {
    const port = (server.address() as { port: number }).port;
    console.log(`[parkplan] serving on http://localhost:${port}`);
  });
  const stop = () =>
    server.close(
      () =>
        void close()
          .then(() => db.close())
          .then(() => process.exit(0)),
    );
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

start().catch((err) => {
  console.error(`[parkplan] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
