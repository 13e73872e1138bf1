import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Browser, chromium } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';

/** Debian's Chromium: playwright-core drives it and downloads no browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const hasCjkFont = () => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
};

/**
 * Installs Chromium and a CJK font with apt when missing (as .ci/run installs Java), so the
 * browser tests draw Chinese text as a reader sees it; says what to install where it cannot.
 */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM) && hasCjkFont()) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) throw new Error(`The browser tests need Chromium at ${CHROMIUM} and a CJK font: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH).`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null', { stdio: 'inherit' });
}

/** Builds the explorer with Vite into dist/web, the folder the service serves, so the tests see the current source. */
export function buildWeb(): void {
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: PROJECT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}

/** Screenshots go here (git-ignored: test/tmp/). */
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test', 'tmp', 'screenshots');
