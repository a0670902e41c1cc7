import { CypherCatalog } from '../../src/graph/cypher-catalog';
import type { Graph, PlanNode } from '../../src/graph/graph';
import { graphWithFixture } from '../api/support';
import { connectTestGraph } from '../support/test-graph';

// A stamped statement (fragment stampedAnswer, src/graph/stamped.ts) stands in for the release guard's own stamp read
// after a request, so the stamp must be read after every other read of the statement: the plan must collect the
// answer (an eager aggregation consumes all its input before it gives its one row) and only then, on that row, seek
// the Release and the IngestLock. Cypher leaves the order to the planner; these plans are what holds it.

/** Operators allowed between the plan's result and the stamp's Apply: they read nothing but the stamp's properties. */
const AFTER_ANSWER = new Set(['ProduceResults', 'Projection', 'CacheProperties']);
/** Operators allowed on the stamp's side of the Apply. */
const STAMP_SIDE = new Set(['Apply', 'Optional', 'NodeUniqueIndexSeek', 'Argument', 'CacheProperties', 'Projection']);

const catalog = CypherCatalog.load();
const stamped = catalog.including('stampedAnswer');

function operators(node: PlanNode): PlanNode[] {
  return [node, ...node.children.flatMap(operators)];
}

/** What the plan does, in the order it matters: each finding a string, so a failure prints the whole story. */
function stampOrder(plan: PlanNode): string[] {
  const findings: string[] = [];
  let node = plan;
  while (AFTER_ANSWER.has(node.operator) && node.children.length === 1) node = node.children[0]!;
  if (node.operator !== 'Apply' || node.children.length !== 2)
    return [`${node.operator} where the stamp's Apply was due`];
  const [answer, stamp] = node.children as [PlanNode, PlanNode];
  let top = answer;
  while (top.operator === 'Projection' && top.children.length === 1) top = top.children[0]!;
  if (top.operator !== 'EagerAggregation' || !top.details.startsWith('collect(answer)'))
    findings.push(`the answer side ends in ${top.operator} (${top.details}), not the eager collect(answer)`);
  for (const op of operators(stamp)) {
    if (!STAMP_SIDE.has(op.operator)) findings.push(`the stamp side runs ${op.operator}`);
    if (op.operator === 'NodeUniqueIndexSeek' && !/\b(r:Release|l:IngestLock)\(id\)/.test(op.details))
      findings.push(`the stamp side seeks ${op.details}`);
  }
  const seeks = operators(stamp).filter((op) => op.operator === 'NodeUniqueIndexSeek').length;
  if (seeks !== 2) findings.push(`the stamp side has ${seeks} seeks, not the Release's and the IngestLock's`);
  return findings;
}

describe('stamped statements', () => {
  let graph: Graph;
  beforeAll(async () => {
    graph = await graphWithFixture();
  });
  afterAll(async () => {
    await graph?.close();
  });

  it('are the one-row statements a request may end with, or run side by side: pages, counts, read-aheads, search', () => {
    expect(stamped.sort()).toEqual(
      [
        ...['apiProgramme', 'apiTargetGroup', 'apiArea', 'apiIndicator', 'apiDocument', 'apiEntity'].flatMap((list) => [
          `${list}Page`,
          `${list}Count`,
        ]),
        'apiNodePageOf',
        'apiNodeCountOf',
        'apiProgrammePageByNodes',
        'apiProgrammePageAhead',
        'apiIndicatorPageAhead',
        'apiCoverage',
        'apiCoverageAll',
        'apiCompare',
        'apiRelationsOutAhead',
        'apiRelationsInAhead',
        'apiIndicatorObservationsAhead',
        'apiSearchEntities',
        'apiSearchPassages',
        'testStampedVersion', // the release guard's tests
      ].sort(),
    );
  });

  it.each(stamped)('%s reads the release stamp after every other read', async (name) => {
    expect(stampOrder(await graph.explain(name))).toEqual([]);
  });

  it('fails a plan that seeks the release before the answer is collected', async () => {
    // The check itself, on a statement written the wrong way round: the stamp first, the answer after it.
    const wrong = new CypherCatalog();
    const stampFirst = catalog.get('releaseStamp').replace(/\nRETURN[^]*$/, '');
    wrong.addFile(
      'wrong.cypher',
      `// name: wrongOrder\n${stampFirst}\nMATCH (p:Programme)\nRETURN {n: count(p)} AS answer, release`,
    );
    const other = connectTestGraph(wrong);
    try {
      expect(stampOrder(await other.explain('wrongOrder'))).not.toEqual([]);
    } finally {
      await other.close();
    }
  });
});
