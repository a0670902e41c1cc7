import { buildASTSchema, getOperationAST, parse, validate } from 'graphql';
import { loadConfig } from '../../src/config';
import { loadTypeDefs } from '../../src/graphql/schema';
import { examples } from '../../src/server/examples';
import { queryCost } from '../../src/server/limits/query-cost';
import { queryDepth } from '../../src/server/limits/query-depth';

// GraphiQL opens with these examples and the README shows them: they must run on the real schema
// as it is configured by default, or a first-time user meets an error instead of an answer.
const schema = buildASTSchema(loadTypeDefs());
const defaults = loadConfig({});

describe.each(examples.map((e) => [e.name, e] as const))('the example %s', (_name, example) => {
  const document = parse(example.query);
  const operation = getOperationAST(document);

  it('is one named operation, valid against schema/*.graphql', () => {
    expect(operation?.name?.value).toBe(example.name);
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  });

  it('stays within the default MAX_QUERY_DEPTH and MAX_QUERY_COST', () => {
    if (!operation) throw new Error('no operation');
    const variables = example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined;
    expect(queryDepth(document, operation)).toBeLessThanOrEqual(defaults.maxQueryDepth);
    // Without the graph's list sizes (the schema's guesses): within the limit even before the first ingest.
    const { cost } = queryCost({
      schema,
      document,
      operation,
      variables,
      defaultPageSize: defaults.defaultPageSize,
      unknownListSize: defaults.maxPageSize,
    });
    expect(cost).toBeLessThanOrEqual(defaults.maxQueryCost);
  });
});
