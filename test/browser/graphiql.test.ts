import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Graph } from '../../src/graph/graph';
import { examples } from '../../src/server/examples';
import { serveApp, type ServedApp } from '../support/serve-app';
import { STAND_IN_PROGRAMMES } from '../support/stand-in-api';
import { connectTestGraph } from '../support/test-graph';

/**
 * GraphiQL in a real browser: Debian's Chromium driven by playwright-core (no browser download).
 * The page must load, run an example and show its result using nothing but this server.
 */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const hasChromium = existsSync(CHROMIUM);
const SKIPPED = `skipped: ${CHROMIUM} is missing (install it with tools/install-chromium.sh)`;
if (!hasChromium) process.stderr.write(`test/browser/graphiql.test.ts ${SKIPPED}\n`);

// The stand-in schema answers the portal example; the others need the real schema and seed graph.
const portal = examples.find((e) => e.name === 'PortalProgrammes');

(hasChromium ? describe : describe.skip)(`GraphiQL in Chromium${hasChromium ? '' : ` (${SKIPPED})`}`, () => {
  let graph: Graph;
  let served: ServedApp;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    graph = connectTestGraph();
    served = await serveApp(graph);
    // A fresh profile: no GraphiQL tabs left in localStorage by an earlier run.
    profile = mkdtempSync(path.join(os.tmpdir(), 'graphiql-test-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    browser.on('request', (request) => void requested.push(request.url()));
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (error) => void pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    await served?.stop();
    await graph?.close();
  });

  it('opens at /graphql with one tab per example', async () => {
    await page.goto(`${served.url}/graphql`);
    const tabs = page.locator('.graphiql-tab');
    await tabs.first().waitFor({ timeout: 30_000 });
    for (const example of examples) {
      await page.locator('.graphiql-tab', { hasText: example.name }).waitFor();
    }
  });

  it('runs the portal example and shows its result', async () => {
    expect(portal).toBeDefined();
    await page.locator('.graphiql-tab', { hasText: 'PortalProgrammes' }).click();
    await page.locator('.graphiql-query-editor').getByText('PortalProgrammes').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result
      .getByText(STAND_IN_PROGRAMMES[0]?.name ?? '')
      .first()
      .waitFor({ timeout: 20_000 });
    await result.getByText(`"totalCount": ${STAND_IN_PROGRAMMES.length}`).waitFor();
  });

  it('used nothing but this server: no CDN, no page errors, no blocked request', () => {
    const foreign = requested.filter((url) => !url.startsWith(served.url) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(requested).toEqual(expect.arrayContaining([`${served.url}/graphiql-assets/graphiql.min.js`]));
    expect(pageErrors).toEqual([]);
    expect(consoleErrors.filter((text) => /Content Security Policy|Failed to load/i.test(text))).toEqual([]);
  });
});
