import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildASTSchema, parse, Source, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../src/config';
import { loadTypeDefs } from '../src/graphql/schema';
import { queryCost } from '../src/server/limits/query-cost';
import { queryDepth } from '../src/server/limits/query-depth';
import { rootFieldCount } from '../src/server/limits/query-shape';

/**
 * The client kit's example operations (client/operations/) and the explorer's (explore/src/operations/) against
 * the schema as it stands in schema/*.graphql: a change that breaks one of them (a field removed or renamed, an
 * argument's type changed) fails here, before any client does. Each must also pass the API's default limits.
 */
const ROOT = path.resolve(__dirname, '..');
const FOLDERS = ['client/operations', 'explore/src/operations'];
const schema = buildASTSchema(loadTypeDefs());
const limits = loadConfig({});

const documents: [string, DocumentNode][] = FOLDERS.flatMap((folder) =>
  readdirSync(path.join(ROOT, folder))
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file): [string, DocumentNode] => {
      const name = `${folder}/${file}`;
      return [name, parse(new Source(readFileSync(path.join(ROOT, name), 'utf8'), name))];
    }),
);
// Fragments may be defined in one file of a folder and spread in another, as codegen reads them.
const fragments = documents.flatMap(([, document]) =>
  document.definitions.filter((definition) => definition.kind === 'FragmentDefinition'),
);
const operations = documents.flatMap(([file, document]) =>
  document.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition')
    .map((operation) => ({ file, operation, document: { ...document, definitions: [operation, ...fragments] } })),
);

it('finds the example operations', () => {
  const names = operations.map(({ operation }) => operation.name?.value);
  // The README's three user stories, the coverage matrix and an indicator comparison, and the explorer's own.
  expect(names).toEqual(
    expect.arrayContaining([
      'ResearcherCoverage',
      'PortalProgrammes',
      'StaffIndicatorTargets',
      'CoverageMatrix',
      'IndicatorComparison',
      'ExploreSearch',
      'ExploreCoverage',
      'ExploreEvidence',
      'ExploreIndicator',
    ]),
  );
});

describe.each(operations.map((o) => [`${o.file}: ${o.operation.name?.value}`, o] as const))('%s', (_name, item) => {
  it('is valid against schema/*.graphql', () => {
    const errors = validate(schema, item.document).filter((error) => {
      // Fragments of other operations of the folder are not used by this one: not this operation's error.
      return !/^Fragment ".+" is never used\.$/.test(error.message);
    });
    expect(errors.map((error) => `${item.file}: ${error.message}`)).toEqual([]);
  });

  it('passes the default query limits (cost, depth, root fields)', () => {
    const cost = queryCost({
      schema,
      document: item.document,
      operation: item.operation,
      // nodes(ids:) is sized by its ids: the explorer sends at most a page of them.
      variables: { ids: Array.from({ length: limits.maxPageSize }, (_, i) => `Evidence:${i}`) },
      defaultPageSize: limits.defaultPageSize,
      unknownListSize: limits.maxPageSize,
    }).cost;
    expect(cost).toBeLessThanOrEqual(limits.maxQueryCost);
    expect(queryDepth(item.document, item.operation)).toBeLessThanOrEqual(limits.maxQueryDepth);
    expect(rootFieldCount(item.document, item.operation)).toBeLessThanOrEqual(limits.maxQueryRootFields);
  });
});
