import type { Db } from '../db/db';
import type { User } from '../../shared/types/user';
import type { ReadCaches } from './caches';

/** What every service call gets: the database, the app's read caches and the signed-in user it acts for. */
export interface Ctx {
  db: Db;
  caches: ReadCaches;
  user: User;
}
