/**
 * Headless Chromium for printing and browser tests: always the system's Debian `chromium`
 * (never a downloaded browser), driven by playwright-core, with everything that would reach the
 * network at start-up switched off.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { DossierError, error } from '../model/diagnostic.ts';

export const CHROMIUM_PATH = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new DossierError(
      error(CHROMIUM_PATH, 'no-chromium', 'Chromium is not installed here', {
        hint: "install Debian's package (apt-get install chromium) or point DOSSIER_CHROMIUM at a Chromium binary",
      }),
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
