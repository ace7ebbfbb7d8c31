import { defineConfig } from '@playwright/test';

// Debian's Chromium (apt-get install chromium); browsers cannot be downloaded here.
// `npm run test:e2e` checks for it first (scripts/ensure-chromium.mjs).
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4179);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? 'line' : 'list',
  globalSetup: './e2e/global-setup.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    serviceWorkers: 'allow',
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'new-york', use: { timezoneId: 'America/New_York' } },
    // The simulator again in a browser 13:45 ahead of UTC: every time it shows or takes is in the
    // account's zone (New York), so the same texts must hold whatever the browser's zone.
    { name: 'chatham', testMatch: 'simulator.spec.ts', use: { timezoneId: 'Pacific/Chatham' } },
  ],
  webServer: {
    // The demo build on the mocked API, as users of the demo get it.
    command: `npm run build:demo && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
