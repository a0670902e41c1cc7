/**
 * The query cost (MAX_QUERY_COST) of the ordinary queries of test/support/ordinary-queries.ts: the README's three
 * examples, the queries issue 11 saw refused, and what researchers write. Prints one row per query, so the cost
 * rule's figures can be compared across commits.
 *
 *   npx tsx bench/query-costs.ts
 */
import { buildASTSchema, getOperationAST, parse } from 'graphql';
import { loadConfig } from '../src/config';
import { typeDefs } from '../src/graphql';
import { queryCost } from '../src/server/query-cost';
import { queryDepth } from '../src/server/query-depth';
import { ordinaryQueries } from '../test/support/ordinary-queries';

function main(): void {
  const config = loadConfig();
  const schema = buildASTSchema(typeDefs);
  console.log(`## Query cost of ${ordinaryQueries.length} ordinary queries (MAX_QUERY_COST ${config.maxQueryCost})`);
  console.log('query                            depth        cost  verdict');
  let refused = 0;
  for (const { name, query, variables } of ordinaryQueries) {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error(`${name}: not one operation`);
    const cost = queryCost({ schema, document, operation, variables, defaultListSize: config.maxPageSize });
    const over = cost > config.maxQueryCost;
    if (over) refused++;
    console.log(
      `${name.padEnd(33)}${String(queryDepth(document, operation)).padStart(5)}${String(cost).padStart(12)}  ${over ? 'REFUSED' : 'ok'}`,
    );
  }
  console.log(`${refused} of ${ordinaryQueries.length} refused`);
}

main();
