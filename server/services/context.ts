import type { Db } from '../db/db';
import type { User } from '../../shared/types/user';

/** What every service call gets: the database and the signed-in user it acts for. */
export interface Ctx {
  db: Db;
  user: User;
}
