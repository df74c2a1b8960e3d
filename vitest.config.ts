import { defineConfig } from 'vitest/config';
import { clientAliases } from './client/vite.config';

export default defineConfig({
  resolve: { alias: clientAliases },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Server tests each open their own SQLite file; browser e2e tests share one built client.
    pool: 'forks',
    globalSetup: ['tests/global-setup.ts'],
  },
});
