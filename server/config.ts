import { z } from 'zod';

/** Environment parsed once, here and nowhere else; a bad value stops the start with a clear message. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** A SQLite file (optionally `sqlite:` before it), or `postgres://user:pass@host:port/db` for PostgreSQL. */
  DATABASE_URL: z
    .string()
    .min(1)
    .default('data/parkplan.sqlite')
    .refine((v) => !/^postgres(ql)?:/i.test(v) || URL.canParse(v), 'DATABASE_URL: not a valid postgres:// URL'),
  CLIENT_DIR: z.string().min(1).default('dist/client'),
  ADMIN_USER: z.string().min(1).optional(),
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD must have at least 8 characters').optional(),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** Comma-separated tile hosts the CSP allows, e.g. "tile.openstreetmap.org,*.tianditu.gov.cn". */
  TILE_HOSTS: z
    .string()
    .default(
      '*.tile.openstreetmap.org,tile.openstreetmap.org,*.tianditu.gov.cn,*.is.autonavi.com,webrd01.is.autonavi.com',
    ),
  TIANDITU_KEY: z.string().default(''),
  COOKIE_SECURE: z.enum(['true', 'false']).default('false'),
  SESSION_HOURS: z.coerce.number().positive().default(12),
  SOLVER_WORKERS: z.coerce.number().int().min(1).max(8).default(1),
  SOLVER_QUEUE: z.coerce.number().int().min(0).max(100).default(4),
  SOLVER_TIME_LIMIT_S: z.coerce.number().positive().max(3600).default(60),
  /** Hard limit of each solve of a price-of-focus curve (one per θ, run one after another). */
  SOLVER_FOCUS_POINT_S: z.coerce.number().positive().max(600).default(10),
  /** scrypt cost parameter log2(N); 15 → N = 32768 (about 100 ms per hash here). */
  SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(15),
  /** Build every park's map data after the start and rebuild opened parks after writes. */
  MAP_WARMUP: z.enum(['true', 'false']).default('true'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** What openDatabase opens: a SQLite file path, or a postgres:// URL. */
  databasePath: string;
  clientDir: string;
  adminUser?: string;
  adminPassword?: string;
  seedDemo: boolean;
  tileHosts: string[];
  tiandituKey: string;
  cookieSecure: boolean;
  sessionHours: number;
  solver: { workers: number; queue: number; timeLimitMs: number; focusPointMs: number };
  scryptLogN: number;
  mapWarmup: boolean;
};

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_URL.replace(/^sqlite:(\/\/)?/, ''),
    clientDir: e.CLIENT_DIR,
    adminUser: e.ADMIN_USER,
    adminPassword: e.ADMIN_PASSWORD,
    seedDemo: e.SEED_DEMO === 'true',
    tileHosts: e.TILE_HOSTS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    tiandituKey: e.TIANDITU_KEY,
    cookieSecure: e.COOKIE_SECURE === 'true',
    sessionHours: e.SESSION_HOURS,
    solver: {
      workers: e.SOLVER_WORKERS,
      queue: e.SOLVER_QUEUE,
      timeLimitMs: e.SOLVER_TIME_LIMIT_S * 1000,
      focusPointMs: e.SOLVER_FOCUS_POINT_S * 1000,
    },
    scryptLogN: e.SCRYPT_LOG_N,
    mapWarmup: e.MAP_WARMUP === 'true',
  };
}

/** The process configuration, read once at start. */
export const loadConfig = (): Config => parseConfig(process.env);
