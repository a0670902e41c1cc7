import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { Router } from 'express';

/** Where the explorer page is served. */
export const EXPLORE_PATH = '/explore';

/** The build of explore/ (tools/build-explore.mjs, run by `npm start` and `npm test`). */
export const EXPLORE_BUILD = path.resolve(__dirname, '..', '..', 'dist', 'explore');

/** Same origin only, as GraphiQL's page: no CDN, no request to another host. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // ECharts and React set style attributes.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
].join('; ');

/**
 * The explorer (explore/, Vite + React) as static files: hashed assets cached for a year, the page itself never
 * cached, and every other path under /explore/ answered with the page too, so a shared link reloads to its view.
 * Without a build it answers 503 saying how to make one.
 */
export function exploreRouter(buildDir: string = EXPLORE_BUILD): Router {
  const router = Router();
  const page = path.join(buildDir, 'index.html');
  // Routing is not strict: `/explore/` reaches this route too, and must not be redirected to itself.
  router.get(EXPLORE_PATH, (req, res, next) => {
    if (req.originalUrl.split('?')[0]?.endsWith('/')) return next();
    res.redirect(301, `${EXPLORE_PATH}/`);
  });
  router.use(
    `${EXPLORE_PATH}/assets`,
    express.static(path.join(buildDir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.get(/^\/explore\/.*/, (_req, res) => {
    if (!existsSync(page)) {
      res
        .status(503)
        .type('text')
        .send('The explorer is not built: `npm start` builds it, or run `npm run build:explore`.\n');
      return;
    }
    res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY).set('Cache-Control', 'no-cache').sendFile(page);
  });
  return router;
}
