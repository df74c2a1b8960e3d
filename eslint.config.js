import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import prettier from 'eslint-config-prettier';
import { readdirSync } from 'node:fs';

const FEATURES = readdirSync(new URL('./client/src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration in server/config.ts only.' },
      ],
    },
  },
  // Features never import each other: what two features share goes to client/src/components or
  // shared/, and the app composes them (client/src/app).
  ...FEATURES.map((feature) => ({
    files: [`client/src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: `^((\\.\\./)+(features/)?|@/features/)(${FEATURES.filter((f) => f !== feature).join('|')})(/|$)`,
              message:
                `client/src/features/${feature} may not import another feature; ` +
                'move what they share to client/src/components or shared/.',
            },
          ],
        },
      ],
    },
  })),
  // Formatting is Prettier's job (`npm run format:check` in CI); ESLint keeps to correctness.
  prettier,
  // Prettier cannot break a long string, so the 120-column limit is ESLint's to keep (it comes after
  // eslint-config-prettier, which would otherwise switch the rule off).
  { rules: { 'max-len': ['error', { code: 120, tabWidth: 2 }] } },
  {
    files: ['server/config.ts', 'tests/**', 'client/vite.config.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
