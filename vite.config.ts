/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

/**
 * Content-Security-Policy for built pages: no inline or eval'd script, workers from our origin.
 * Not applied to the dev server, whose React refresh preamble is an inline script.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before any script, so the policy covers every script.
    transformIndexHtml: (html) =>
      html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

// `npm start` (dev) and `npm run build:demo` (mode "demo") run on the mocked API (msw).
// A plain `npm run build` does not start msw; VITE_MOCKS=1 forces it on.
export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy()],
  define: {
    __MOCKS__: JSON.stringify(mode === 'development' || mode === 'demo' || process.env.VITE_MOCKS === '1'),
  },
  server: { port: Number(process.env.PORT ?? 5173) },
  preview: { port: Number(process.env.PORT ?? 4173) },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Everything the entry reaches statically goes into the entry chunk. Without this, Rolldown
    // moves modules the page shares with a lazy chunk (the simulator, the trigger dialog) into
    // chunks of their own (rolldown#10731): five initial files that gzip ~3 KB worse than one.
    // Lazy chunks still load on demand and import what they share from the entry chunk.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] } } },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.{ts,tsx}', 'scripts/**/*.test.{ts,mjs}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // A 2-core machine under load: property tests may take seconds; none of them asserts a time.
    testTimeout: 40_000,
    // Not UTC, on purpose: a host zone 13:45 ahead with its own clock changes, so that any result or
    // text that leaks the host's zone (results must follow the account's) fails here. TEST_TZ runs
    // the tests in another host zone (`npm run test:zones`: west of UTC, a half-hour offset).
    env: { TZ: process.env.TEST_TZ ?? 'Pacific/Chatham' },
  },
}));
