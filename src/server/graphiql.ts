import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Router, type Request } from 'express';
import type { Example } from './examples';

/** Where the page finds its scripts and styles. */
export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets';

/**
 * The files GraphiQL needs, served from node_modules: graphiql 3.x is the last line that ships a
 * UMD bundle (4.x and later are ES modules meant for a bundler), and it runs on React 18's UMD builds.
 */
const ASSETS: Record<string, [pkg: string, file: string]> = {
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
};

const TEMPLATE = path.join(__dirname, 'graphiql', 'graphiql.html');

/**
 * Everything stays on this origin. The policy also makes the "no internet" promise checkable: a
 * browser refuses, and reports, any request to another host. Inline scripts and styles are GraphiQL's own.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
].join('; ');

export interface GraphiqlOptions {
  /** The GraphQL endpoint, where a browser gets the page instead of a GraphQL error. */
  endpoint: string;
  /** Opened as GraphiQL's first tabs. */
  examples: readonly Example[];
}

/** GraphiQL at the endpoint for browsers (GET preferring text/html) and its assets; other requests pass on. */
export function graphiqlRouter(options: GraphiqlOptions): Router {
  const page = renderPage(options.examples);
  const files = new Map(Object.entries(ASSETS).map(([name, [pkg, file]]) => [name, assetPath(pkg, file)]));
  const router = Router();

  router.get(`${GRAPHIQL_ASSETS_PATH}/:file`, (req, res, next) => {
    const file = files.get(req.params.file);
    if (!file) return next();
    // The versions are pinned by package-lock.json; a day of caching keeps reloads fast.
    res.sendFile(file, { maxAge: '1d' });
  });

  router.get(options.endpoint, (req, res, next) => {
    if (!wantsHtml(req)) return next();
    res.set('Content-Security-Policy', CONTENT_SECURITY_POLICY).type('html').send(page);
  });

  return router;
}

/**
 * The packages' "exports" maps hide their UMD files from require.resolve, but every one of them
 * exports its package.json: the files sit beside it.
 */
function assetPath(pkg: string, file: string): string {
  const resolved = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
  if (!existsSync(resolved)) throw new Error(`GraphiQL asset missing: ${resolved} (run npm ci)`);
  return resolved;
}

/** A browser's navigation asks for text/html first; GraphQL clients ask for JSON or send any. */
function wantsHtml(req: Request): boolean {
  return req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

function renderPage(examples: readonly Example[]): string {
  const config = { tabs: examples.map((e) => ({ query: e.query, variables: e.variables })) };
  return readFileSync(TEMPLATE, 'utf8')
    .replaceAll('{{ASSETS}}', GRAPHIQL_ASSETS_PATH)
    .replace('{{CONFIG}}', scriptSafeJson(config));
}

/** JSON inside <script>: `<` is escaped so a query containing `</script>` cannot end the element. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
