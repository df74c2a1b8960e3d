import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

export const clientAliases = {
  '@shared': fileURLToPath(new URL('../shared', import.meta.url)),
  '@': fileURLToPath(new URL('./src', import.meta.url)),
};

export default defineConfig({
  root,
  plugins: [react()],
  // The client imports its own modules as @/… and the shared domain code as @shared/… (tsconfig paths).
  resolve: { alias: clientAliases },
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
