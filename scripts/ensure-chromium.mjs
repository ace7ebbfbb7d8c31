#!/usr/bin/env node
// Finds Chromium for Playwright; installs Debian's package when it is missing and we may (root + apt-get).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
function hasAptGet() {
  try {
    execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}
const hasApt = hasAptGet();

if (!process.env.CHROMIUM_PATH && isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s "chromium" package (about 20 s)...');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  } catch {
    console.error('Installing Chromium failed. Install it with "apt-get install -y chromium", then run the tests again.');
    process.exit(1);
  }
  if (existsSync(path)) process.exit(0);
}

console.error(
  `Chromium was not found at ${path}. Install it with "sudo apt-get install -y chromium", ` +
    'or set CHROMIUM_PATH to a Chromium binary, then run the tests again.',
);
process.exit(1);
