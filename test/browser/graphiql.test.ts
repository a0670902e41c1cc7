import type { BrowserContext, Page } from 'playwright-core';
import type { Graph } from '../../src/graph/graph';
import { examples } from '../../src/server/examples';
import { describeInChromium, openChromium, type OpenBrowser } from '../support/chromium';
import { serveApp, type ServedApp } from '../support/serve-app';
import { STAND_IN_PROGRAMMES } from '../support/stand-in-api';
import { connectTestGraph } from '../support/test-graph';

/**
 * GraphiQL in a real browser: Debian's Chromium driven by playwright-core (no browser download).
 * The page must load, run an example and show its result using nothing but this server.
 */

// The stand-in schema answers the portal example; the others need the real schema and seed graph.
const portal = examples.find((e) => e.name === 'PortalProgrammes');

describeInChromium('test/browser/graphiql.test.ts', 'GraphiQL in Chromium', () => {
  let graph: Graph;
  let served: ServedApp;
  let opened: OpenBrowser;
  let browser: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    graph = connectTestGraph();
    served = await serveApp(graph);
    opened = await openChromium('graphiql-test');
    browser = opened.browser;
    browser.on('request', (request) => void requested.push(request.url()));
    page = opened.page;
    page.on('pageerror', (error) => void pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  });
  afterAll(async () => {
    await opened?.close();
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
