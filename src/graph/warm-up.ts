import type { Graph } from './graph';

/**
 * Runs every statement the API uses once, with each parameter null, before the first request: Neo4j plans a
 * statement the first time it sees its text (the api-*.cypher statements, with their EXISTS subqueries and
 * variable-length walks, take from a few hundred milliseconds to seconds to plan) and keeps the plan in its
 * query cache, keyed by the text and the parameters' types: a plan made here with nulls serves only requests that
 * send nulls too, so App.warmUp then sends the filters' typed parameters (src/server/warm-up-queries.ts). Measured on the seed graph: the first
 * `programmes(filter: {area: "新会区"})` after a start took 10.5 s, the second 0.46 s.
 *
 * With null parameters the statements filter nothing and read little (UNWIND null yields no rows); one that
 * refuses null (LIMIT null) fails after it was planned, which is all this needs, so failures are ignored.
 */
export async function warmUpStatements(graph: Graph, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const names = graph.catalog.names().filter((name) => name.startsWith('api') || name === 'releaseStamp');
  let failed = 0;
  for (const name of names) {
    const params = Object.fromEntries(parameterNames(graph.catalog.get(name)).map((p) => [p, null]));
    try {
      await graph.read(name, params);
    } catch {
      failed++;
    }
  }
  log(
    `planned ${names.length} statements in ${Date.now() - started} ms (${failed} refused null parameters after planning)`,
  );
}

/** `$name` parameters of a statement (dynamic labels `$(x)` included). */
export function parameterNames(statement: string): string[] {
  return [...new Set([...statement.matchAll(/\$\(?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
}
