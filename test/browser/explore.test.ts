import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Graph } from '../../src/graph/graph';
import { costListSizes, readListSizes } from '../../src/graph/list-sizes';
import { createContext, resolvers, typeDefs, type Context } from '../../src/graphql';
import type { GraphqlApi } from '../../src/server/app';
import { graphWithSeeds } from '../api/support';
import { describeInChromium, openChromium, type OpenBrowser } from '../support/chromium';
import { postQuery, serveApp, type ServedApp } from '../support/serve-app';

/**
 * The explorer (/explore) in a real browser over the seed graph: Debian's Chromium driven by playwright-core, the
 * real API with the release's measured list sizes and default limits. A policy-staff walk: search 平安通, open its
 * coverage, click a cell through to the highlighted quote (which must be the stored quote, exactly), open an
 * indicator and read its chart from the ECharts instance. Screenshots go to test/browser/artifacts/ (git-ignored).
 */
const ROOT = path.resolve(__dirname, '..', '..');
const ARTIFACTS = path.join(__dirname, 'artifacts');

const api: GraphqlApi<Context> = { typeDefs, resolvers, createContext };

/** One answer of the API, as a client would get it; errors fail the test. */
async function apiData<T>(url: string, query: string, variables?: Record<string, unknown>): Promise<T> {
  const reply = await postQuery(url, query, variables);
  if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data as T;
}

/** The data points of every series of the ECharts instance in the element `selector`, read from its option. */
async function chartSeries(page: Page, selector: string): Promise<{ name: string; points: string[] }[]> {
  return page.evaluate((sel) => {
    const element = document.querySelector<HTMLElement>(sel);
    const lookup = (window as unknown as { echarts?: { getInstanceByDom(e: HTMLElement): unknown } }).echarts;
    if (!element || !lookup) throw new Error(`no chart at ${sel}`);
    const chart = lookup.getInstanceByDom(element) as {
      getOption(): { series: { name: string; data: { observation: string }[] }[] };
    };
    return chart.getOption().series.map((series) => ({
      name: series.name,
      points: series.data.map((point) => point.observation),
    }));
  }, selector);
}

describeInChromium('test/browser/explore.test.ts', 'the explorer in Chromium', () => {
  let graph: Graph;
  let served: ServedApp;
  let opened: OpenBrowser;
  let browser: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const pageErrors: string[] = [];
  const failedResponses: string[] = [];

  beforeAll(async () => {
    // What `npm test` does first (tools/ensure-installed.mjs): build explore/ when dist/explore is missing or stale.
    const build = spawnSync(process.execPath, ['tools/build-explore.mjs', '--if-stale'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`explorer build failed:\n${build.stdout}${build.stderr}`);
    graph = await graphWithSeeds();
    const listSizes = costListSizes((await readListSizes(graph)).sizes);
    served = await serveApp(graph, {}, api, listSizes);
    mkdirSync(ARTIFACTS, { recursive: true });
    opened = await openChromium('explore-test', { viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    browser = opened.browser;
    browser.on('request', (request) => void requested.push(request.url()));
    browser.on('response', (response) => {
      if (response.status() >= 400) failedResponses.push(`${response.status()} ${response.url()}`);
    });
    page = opened.page;
    page.on('pageerror', (error) => void pageErrors.push(error.message));
  }, 300_000);
  afterAll(async () => {
    await opened?.close();
    await served?.stop();
    await graph?.close();
  });

  it('searches 平安通 in Chinese and opens the programme with its coverage', async () => {
    await page.goto(`${served.url}/explore/`);
    await page.getByRole('heading', { name: /地区 Areas/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('searchbox').fill('平安通');
    await page.getByRole('searchbox').press('Enter');
    const hit = page.locator('.hit a', { hasText: /^平安通$/ });
    await hit.waitFor({ timeout: 30_000 });
    // Hits of several kinds: the programme, its indicators.
    await expect(page.locator('.hit .type', { hasText: '指标 Indicator' }).count()).resolves.toBeGreaterThan(0);
    await hit.click();
    await page.getByRole('heading', { name: /覆盖 Coverage/ }).waitFor();
    await page.locator('table.matrix td.cell').first().waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('#/node/Programme%3Apingantong');
    // The matrix has a cell for each programme × target group of the API's coverage, no more.
    const coverage = await apiData<{ coverage: { programme: { name: string }; targetGroup: { name: string } }[] }>(
      served.url,
      `{ coverage(programme: "Programme:pingantong") { programme { name } targetGroup { name } } }`,
    );
    const pairs = new Set(coverage.coverage.map((row) => `${row.programme.name}|${row.targetGroup.name}`));
    const cells = await page.locator('td.cell a').evaluateAll((links) => links.map((a) => a.getAttribute('data-cell')));
    expect(new Set(cells)).toEqual(pairs);
  });

  it('clicks a cell through to the quote, highlighted in the document exactly as stored', async () => {
    await page.locator('td.cell a[data-cell="平安通|老年人"]').click();
    const panel = page.getByRole('complementary', { name: 'statements' });
    await panel.locator('.statement').first().waitFor({ timeout: 30_000 });
    await panel.screenshot({ path: path.join(ARTIFACTS, 'explore-statements.png') });
    await panel.locator('.statement a.open').first().click();
    const mark = page.locator('mark.quote');
    await mark.waitFor({ timeout: 30_000 });
    const evidenceId = decodeURIComponent(/#\/evidence\/([^?]+)/.exec(page.url())?.[1] ?? '');
    expect(evidenceId).toMatch(/^Evidence:/);
    const stored = await apiData<{ node: { quote: string; citation: string; passage: { id: string } } }>(
      served.url,
      `query ($id: ID!) { node(id: $id) { ... on Evidence { quote citation passage { id } } } }`,
      { id: evidenceId },
    );
    expect(await mark.textContent()).toBe(stored.node.quote);
    // Inside the document's full text, in the passage the API names, with the citation to copy.
    const passage = page.locator('.passage', { has: mark });
    expect(await passage.getAttribute('data-passage')).toBe(stored.node.passage.id);
    await expect(page.locator('.passage').count()).resolves.toBeGreaterThan(10);
    expect(await page.locator('button.copy').getAttribute('data-citation')).toBe(stored.node.citation);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-quote.png') });

    // A shared link reloads to the same view; the neighbouring passage is one step away.
    await page.reload();
    await mark.waitFor({ timeout: 30_000 });
    expect(await mark.textContent()).toBe(stored.node.quote);
    const focused = Number(
      await page
        .locator('.passage.focus')
        .getAttribute('id')
        .then((id) => id?.split('-')[1]),
    );
    await page.getByRole('link', { name: /下一段 Next passage/ }).click();
    await page.locator(`#passage-${focused + 1}.focus`).waitFor();
  });

  it('opens an area: its programmes × target groups matrix, its sub-areas to step into, and their institutions', async () => {
    await page.goto(`${served.url}/explore/`);
    await page.locator('.chips a', { hasText: /^郁南县$/ }).click();
    await page.locator('table.matrix td.cell').first().waitFor({ timeout: 60_000 });
    const id = decodeURIComponent(/#\/area\/([^?]+)/.exec(page.url())?.[1] ?? '');
    const answer = await apiData<{
      coverage: { programme: { name: string }; targetGroup: { name: string } }[];
      areas: { edges: { node: { name: string } }[] };
    }>(
      served.url,
      `query ($id: String!) {
         coverage(area: $id) { programme { name } targetGroup { name } }
         areas(filter: { within: $id, directOnly: true }, first: 100) { edges { node { name } } } }`,
      { id },
    );
    const pairs = new Set(answer.coverage.map((row) => `${row.programme.name}|${row.targetGroup.name}`));
    const cells = await page.locator('td.cell a').evaluateAll((links) => links.map((a) => a.getAttribute('data-cell')));
    expect(new Set(cells)).toEqual(pairs);
    const towns = answer.areas.edges.map((edge) => edge.node.name);
    expect(towns.length).toBeGreaterThan(0);
    const section = page.locator('section', { has: page.getByRole('heading', { name: /下辖地区/ }) });
    expect(await section.locator('.chips a').allTextContents()).toEqual(towns);
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-area.png') });
    // Step into a town: its own page, with 郁南县 above it, and the institutions placed in it (都城镇's care home).
    await section.locator('.chips a').first().click();
    await page.getByRole('heading', { name: towns[0] }).waitFor({ timeout: 30_000 });
    await page.locator('.crumbs a', { hasText: '郁南县' }).waitFor();
    const town = await apiData<{ area: { institutions: { name: string }[] } }>(
      served.url,
      `query ($name: String!) { area(name: $name) { institutions { name } } }`,
      { name: towns[0] },
    );
    expect(town.area.institutions.length).toBeGreaterThan(0);
    const institutions = page.locator('section', { has: page.getByRole('heading', { name: /机构 Institutions/ }) });
    await institutions.locator('.chips a').first().waitFor({ timeout: 30_000 });
    expect(await institutions.locator('.chips a').allTextContents()).toEqual(town.area.institutions.map((i) => i.name));
  });

  it('opens an indicator: its chart has one point per observation', async () => {
    await page.getByRole('searchbox').fill('平安通');
    await page.getByRole('searchbox').press('Enter');
    const hit = page
      .locator('.hit', { has: page.locator('.type', { hasText: '指标 Indicator' }) })
      .locator('a')
      .first();
    await hit.waitFor({ timeout: 30_000 });
    await hit.click();
    await page.locator('[data-chart="indicator"] canvas').waitFor({ timeout: 30_000 });
    const id = decodeURIComponent(/#\/indicator\/([^?]+)/.exec(page.url())?.[1] ?? '');
    const indicator = await apiData<{ node: { observations: { id: string }[] } }>(
      served.url,
      `query ($id: ID!) { node(id: $id) { ... on Indicator { observations { id } } } }`,
      { id },
    );
    expect(indicator.node.observations.length).toBeGreaterThan(0);
    const series = await chartSeries(page, '[data-chart="indicator"]');
    const points = series.flatMap((s) => s.points);
    expect(points.sort()).toEqual(indicator.node.observations.map((o) => o.id).sort());
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-indicator.png') });
  });

  it('compares a measure across areas: one line per area that prints it', async () => {
    const compared = await apiData<{
      compare: { indicator: { id: string }; area: { name: string } | null; comparable: boolean; points: unknown[] }[];
    }>(
      served.url,
      `{ compare(concept: "城乡低保标准") { indicator { id } area { name } comparable points { year } } }`,
    );
    const comparable = compared.compare.filter((s) => s.comparable);
    expect(new Set(comparable.map((s) => s.area?.name)).size).toBeGreaterThan(1);
    const first = comparable[0]?.indicator.id ?? '';
    await page.goto(`${served.url}/explore/#/indicator/${encodeURIComponent(first)}`);
    await page.locator('[data-chart="compare"] canvas').waitFor({ timeout: 30_000 });
    const series = await chartSeries(page, '[data-chart="compare"]');
    expect(series).toHaveLength(comparable.length);
    expect(series.map((s) => s.points.length)).toEqual(comparable.map((s) => s.points.length));
    for (const area of comparable.map((s) => s.area?.name ?? '')) {
      expect(series.some((s) => s.name.startsWith(area))).toBe(true);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'explore-compare.png'), fullPage: true });
  });

  it('shows an error, never a blank page, for a name that is not there', async () => {
    await page.goto(`${served.url}/explore/#/area/AdministrativeArea%3Anowhere`);
    await page.getByRole('alert').first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').first().textContent()).toContain('NOT_FOUND');
  });

  it('used nothing but this server, and no request was refused', () => {
    const foreign = requested.filter((url) => !url.startsWith(served.url) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(failedResponses).toEqual([]);
  });
});
