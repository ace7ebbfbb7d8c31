/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `npm start` (dev) and `npm run build:demo` (mode "demo") run on the mocked API (msw).
// A plain `npm run build` does not start msw; VITE_MOCKS=1 forces it on.
export default defineConfig(({ mode }) => ({
  plugins: [react()],
  define: {
    __MOCKS__: JSON.stringify(mode === 'development' || mode === 'demo' || process.env.VITE_MOCKS === '1'),
  },
  server: { port: Number(process.env.PORT ?? 5173) },
  preview: { port: Number(process.env.PORT ?? 4173) },
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: false },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    env: { TZ: 'UTC' },
  },
}));
