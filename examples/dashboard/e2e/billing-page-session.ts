import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from './browser.js';
import { BillingPageModel } from './billing-page.model.js';
import type { RunningServer } from './server-process.js';

/** What a test of a describe block that calls `billingPageSession` reads. */
export interface BillingPageSession {
  readonly server: RunningServer;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly billing: BillingPageModel;
}

/**
 * The hooks most e2e files share: one server and one Chromium for the describe block, a fresh
 * browser context and page model per test (after a reset of the demo, unless `reset` is false),
 * and a test fails when its page threw. Read the parts inside tests: the hooks set them.
 */
export function billingPageSession(
  start: () => Promise<RunningServer>,
  options: { readonly reset?: boolean } = {},
): BillingPageSession {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let billing: BillingPageModel;

  beforeAll(async () => {
    server = await start();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    if (options.reset ?? true) await server.reset();
    context = await browser.newContext();
    billing = new BillingPageModel(await context.newPage(), server.url);
  });
  afterEach(async () => {
    expect(billing.pageErrors).toEqual([]);
    await context.close();
  });

  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    get context() {
      return context;
    },
    get billing() {
      return billing;
    },
  };
}
