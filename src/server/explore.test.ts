import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { exploreRouter } from './explore';

/** Serves exploreRouter(buildDir) on a free port; returns its base URL and a stop function. */
async function serve(buildDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const app = express();
  app.use(exploreRouter(buildDir));
  app.use((_req, res) => void res.status(404).send('not here'));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('exploreRouter', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'explore-build-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('serves the page for /explore/ and any path under it, never cached, with a same-origin policy', async () => {
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>explorer</title>');
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    const { url, stop } = await serve(dir);
    try {
      for (const page of ['/explore/', '/explore/area/x', '/explore/index.html']) {
        const response = await fetch(`${url}${page}`);
        expect([page, response.status]).toEqual([page, 200]);
        expect(await response.text()).toContain('<title>explorer</title>');
        expect(response.headers.get('cache-control')).toBe('no-cache');
        expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      }
      const redirect = await fetch(`${url}/explore`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('/explore/');
      const asset = await fetch(`${url}/explore/assets/index-abc.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      // A missing asset is a 404, not the page (a stale tab must not run HTML as a script).
      expect((await fetch(`${url}/explore/assets/gone.js`)).status).toBe(404);
      // Other paths are not the explorer's.
      expect((await fetch(`${url}/explorer`)).status).toBe(404);
    } finally {
      await stop();
    }
  });

  it('answers 503 naming the build command when the explorer is not built', async () => {
    const { url, stop } = await serve(dir);
    try {
      const response = await fetch(`${url}/explore/`);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build:explore');
    } finally {
      await stop();
    }
  });
});
