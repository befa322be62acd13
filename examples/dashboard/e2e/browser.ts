import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs } from '../../../workspace.config.js';

/** Debian's Chromium, driven by playwright-core: test tools cannot download browsers here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}
