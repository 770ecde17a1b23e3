import { chromium, type Browser } from 'playwright-core';
import { join } from 'node:path';
import { startBridge, type BridgeServer, type Dispatch } from '../../scripts/bridge/server';
import { findChromium } from './chromium-path';

export const ROOT = join(__dirname, '..', '..');
export const CHROMIUM = findChromium() as string | null;

/** `describe` when Debian's Chromium is here; otherwise the suite is skipped (global-setup says so loudly, and fails under CI). */
export const describeInBrowser = CHROMIUM ? describe : describe.skip;

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM ?? undefined,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function serveDist(dispatch: Dispatch): Promise<BridgeServer> {
  return startBridge({ distDir: join(ROOT, 'dist'), shimFile: join(ROOT, 'build', 'bridge-shim.js'), dispatch });
}

/** Waits until a condition on the Node side (e.g. the fake spreadsheet) holds, or fails after `ms`. */
export async function eventually(condition: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}
