import { existsSync } from 'node:fs';

// A bare `npx playwright test` says what to do when Chromium is missing.
export default function globalSetup(): void {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium was not found at ${path}. Install it with "apt-get install -y chromium" (as root), ` +
        'or set CHROMIUM_PATH to a Chromium binary; then run the tests again.',
    );
  }
}
