import { examples } from '../src/server/examples';

/**
 * The benchmark's workload (issue 14): the README's three example queries, the nested page of 100, a county
 * coverage query, a filtered list, a search and an indicator comparison, plus the page of 100 with its relations
 * and no statements (the one page @neo4j/graphql can express). Every query passes the API's default limits.
 *
 * Each query names its hand-written statement (cypher/bench-handwritten.cypher, with its parameters) and, where
 * @neo4j/graphql can express it over the mirroring type definitions (bench/peer-typedefs.ts), the peer's query.
 */
export interface WorkloadQuery {
  name: string;
  /** The GraphQL operation sent to the API variants (and, as a key, to the hand-written server). */
  query: string;
  /** cypher/bench-handwritten.cypher statement answering it, and its parameters, or why one statement cannot. */
  handwritten: { statement: string; params: Record<string, unknown> } | { notComparable: string };
  /** The same question in @neo4j/graphql's dialect, or why it cannot be asked there. */
  peer: { query: string; items: (data: unknown) => number } | { notComparable: string };
  /** Top-level items of the API's answer, to compare the peer's answer with. */
  items: (data: unknown) => number;
  /** Selective: its work does not grow with the graph (the scale check reports these and the page of 100). */
  selective: boolean;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const example = (name: string): string => {
  const found = examples.find((e) => e.name === name);
  if (!found) throw new Error(`src/server/examples.ts has no example named ${name}`);
  return found.query;
};

export const NESTED_PAGE = `query Programmes100Nested {
  programmes(first: 100) {
    edges { node { id name
      targetGroups { node { name broader { name } } statements { status year quote citation passage { id sectionPath } } }
      areas { node { name parent { name } } statements { status quote passage { id } } }
      themes { node { name } statements { status } }
    } }
  }
}`;

export const workload: readonly WorkloadQuery[] = [
  {
    name: 'ResearcherCoverage',
    query: example('ResearcherCoverage'),
    handwritten: { statement: 'benchResearcherCoverage', params: { targetGroup: '老年人', area: '江门市' } },
    peer: {
      notComparable:
        'coverage rows join SERVES and COVERS with narrower groups and areas above and below (variable-length paths in both directions) and the statements of each relation (Evidence found by the relation key): a @cypher field, not @neo4j/graphql',
    },
    items: (d: Json) => d.coverage.length,
    selective: true,
  },
  {
    name: 'PortalProgrammes',
    query: example('PortalProgrammes'),
    handwritten: { statement: 'benchPortalProgrammes', params: {} },
    peer: {
      query: `{ programmesConnection(first: 10, sort: [{ id: ASC }]) {
        totalCount edges { cursor node { id name nameEn } } pageInfo { hasNextPage endCursor } } }`,
      items: (d: Json) => d.programmesConnection.edges.length,
    },
    items: (d: Json) => d.programmes.edges.length,
    selective: true,
  },
  {
    name: 'StaffIndicatorTargets',
    query: example('StaffIndicatorTargets'),
    handwritten: { statement: 'benchStaffIndicatorTargets', params: { text: '床位' } },
    peer: {
      // Without `citation` (formatted from the document, its issuer and the passage: not expressible there).
      query: `{ indicators(where: { name: { contains: "床位" } }, sort: [{ id: ASC }], limit: 5) {
        name
        observations(where: { kind: { eq: "TARGET" } }, sort: [{ ordinal: ASC }]) {
          year scope comparator value text
          evidence { quote passage { sectionPath startLine endLine } }
        } } }`,
      items: (d: Json) => d.indicators.length,
    },
    items: (d: Json) => d.indicators.edges.length,
    selective: false,
  },
  {
    name: 'Programmes100Nested',
    query: NESTED_PAGE,
    handwritten: { statement: 'benchProgrammes100Nested', params: {} },
    peer: {
      notComparable:
        "each relation's statements are Evidence nodes found by the relation's key (a relationship property): @neo4j/graphql cannot put a @cypher field on relationship properties; Programmes100Relations is the same page without them",
    },
    items: (d: Json) => d.programmes.edges.length,
    selective: false,
  },
  {
    name: 'Programmes100Relations',
    query: `query Programmes100Relations {
  programmes(first: 100) {
    edges { node { id name
      targetGroups { node { name broader { name } } }
      areas { node { name parent { name } } }
      themes { node { name } }
    } }
  }
}`,
    handwritten: { statement: 'benchProgrammes100Relations', params: {} },
    peer: {
      query: `{ programmes(sort: [{ id: ASC }], limit: 100) {
        id name
        targetGroups(sort: [{ id: ASC }]) { name broader(sort: [{ id: ASC }]) { name } }
        areas(sort: [{ id: ASC }]) { name parent { name } }
        themes(sort: [{ id: ASC }]) { name } } }`,
      items: (d: Json) => d.programmes.length,
    },
    items: (d: Json) => d.programmes.edges.length,
    selective: false,
  },
  {
    name: 'CountyCoverage',
    query: `query CountyCoverage {
  coverage(area: "郁南县") { programme { name } targetGroup { name } area { name } via }
}`,
    handwritten: { statement: 'benchCountyCoverage', params: { area: '郁南县' } },
    peer: {
      notComparable:
        'DIRECT / SUB_AREA / INHERITED rows need variable-length PART_OF paths both ways and a computed column',
    },
    items: (d: Json) => d.coverage.length,
    selective: true,
  },
  {
    name: 'FilteredProgrammes',
    query: `query FilteredProgrammes {
  programmes(filter: { targetGroup: "老年人", area: "江门市" }, first: 20) {
    totalCount edges { node { id name } }
  }
}`,
    handwritten: { statement: 'benchFilteredProgrammes', params: { targetGroup: '老年人', area: '江门市' } },
    peer: {
      notComparable:
        'the filter takes narrower groups and sub-areas (BROADER*0.., PART_OF*0..) and names or aliases; @neo4j/graphql filters one hop',
    },
    items: (d: Json) => d.programmes.edges.length,
    selective: true,
  },
  {
    name: 'Search',
    query: `query Search {
  search(text: "长者食堂", first: 10) { type score node { id } }
}`,
    handwritten: {
      notComparable:
        'the API scores Lucene’s candidates again in TypeScript on one 0–1 scale (src/graph/search-score.ts: query coverage, best sentence or row, phrase); one Cypher statement returns Lucene’s raw scores and order',
    },
    peer: {
      notComparable:
        'one ranked list over two full-text indexes (entities and passages) merged by score; @neo4j/graphql queries one index per type',
    },
    items: (d: Json) => d.search.length,
    // Not selective at scale: copies repeat the seed's text, so the index matches grow with the graph.
    selective: false,
  },
  {
    name: 'CompareDibao',
    query: `query CompareDibao {
  compare(concept: "城乡低保标准", areas: ["江门市", "郁南县"]) {
    area { name } unit points { year kind role value text }
  }
}`,
    handwritten: { statement: 'benchCompare', params: { concept: '城乡低保标准', areas: ['江门市', '郁南县'] } },
    peer: {
      notComparable: 'the concept and areas are resolved by name or alias and BASELINE points shown as ACTUAL',
    },
    items: (d: Json) => d.compare.length,
    selective: true,
  },
];
