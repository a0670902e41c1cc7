/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CoverageMatrix($area: String!, $targetGroup: String, $includeAncestors: Boolean = true) {\n  coverage(\n    area: $area\n    targetGroup: $targetGroup\n    includeAncestors: $includeAncestors\n  ) {\n    programme {\n      id\n      name\n    }\n    targetGroup {\n      id\n      name\n    }\n    area {\n      id\n      name\n      level\n    }\n    via\n    inheritedFrom {\n      id\n      name\n    }\n    serves {\n      id\n      status\n      year\n    }\n    covers {\n      id\n      status\n      year\n    }\n  }\n}": typeof types.CoverageMatrixDocument,
    "query IndicatorConcepts {\n  indicatorConcepts {\n    id\n    name\n    nameEn\n    unit\n  }\n}\n\nquery IndicatorComparison($concept: String!, $areas: [String!], $years: [Int!]) {\n  compare(concept: $concept, areas: $areas, years: $years) {\n    indicator {\n      id\n      name\n    }\n    area {\n      id\n      name\n    }\n    unit\n    conceptUnit\n    factor\n    comparable\n    whyNotComparable\n    points {\n      year\n      kind\n      role\n      scope\n      value\n      normalisedValue\n      comparator\n      text\n      observation {\n        id\n      }\n    }\n  }\n}": typeof types.IndicatorConceptsDocument,
    "query PortalProgrammes($first: Int = 10, $after: String, $filter: ProgrammeFilter) {\n  programmes(first: $first, after: $after, filter: $filter) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        nameEn\n        kind\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PortalProgrammesDocument,
    "query Release {\n  release {\n    version\n    ingestedAt\n  }\n}": typeof types.ReleaseDocument,
    "query ResearcherCoverage($targetGroup: String!, $area: String!) {\n  coverage(targetGroup: $targetGroup, area: $area) {\n    area {\n      id\n      name\n      level\n    }\n    programme {\n      id\n      name\n      nameEn\n    }\n    targetGroup {\n      id\n      name\n    }\n    via\n    serves {\n      id\n      quote\n      citation\n    }\n  }\n}": typeof types.ResearcherCoverageDocument,
    "query StaffIndicatorTargets($text: String!, $first: Int = 5) {\n  indicators(filter: {text: $text}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        unit\n        observations(kind: TARGET) {\n          id\n          year\n          scope\n          comparator\n          value\n          text\n          evidence {\n            id\n            quote\n            citation\n            passage {\n              id\n              sectionPath\n              lines {\n                start\n                end\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.StaffIndicatorTargetsDocument,
};
const documents: Documents = {
    "query CoverageMatrix($area: String!, $targetGroup: String, $includeAncestors: Boolean = true) {\n  coverage(\n    area: $area\n    targetGroup: $targetGroup\n    includeAncestors: $includeAncestors\n  ) {\n    programme {\n      id\n      name\n    }\n    targetGroup {\n      id\n      name\n    }\n    area {\n      id\n      name\n      level\n    }\n    via\n    inheritedFrom {\n      id\n      name\n    }\n    serves {\n      id\n      status\n      year\n    }\n    covers {\n      id\n      status\n      year\n    }\n  }\n}": types.CoverageMatrixDocument,
    "query IndicatorConcepts {\n  indicatorConcepts {\n    id\n    name\n    nameEn\n    unit\n  }\n}\n\nquery IndicatorComparison($concept: String!, $areas: [String!], $years: [Int!]) {\n  compare(concept: $concept, areas: $areas, years: $years) {\n    indicator {\n      id\n      name\n    }\n    area {\n      id\n      name\n    }\n    unit\n    conceptUnit\n    factor\n    comparable\n    whyNotComparable\n    points {\n      year\n      kind\n      role\n      scope\n      value\n      normalisedValue\n      comparator\n      text\n      observation {\n        id\n      }\n    }\n  }\n}": types.IndicatorConceptsDocument,
    "query PortalProgrammes($first: Int = 10, $after: String, $filter: ProgrammeFilter) {\n  programmes(first: $first, after: $after, filter: $filter) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        nameEn\n        kind\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PortalProgrammesDocument,
    "query Release {\n  release {\n    version\n    ingestedAt\n  }\n}": types.ReleaseDocument,
    "query ResearcherCoverage($targetGroup: String!, $area: String!) {\n  coverage(targetGroup: $targetGroup, area: $area) {\n    area {\n      id\n      name\n      level\n    }\n    programme {\n      id\n      name\n      nameEn\n    }\n    targetGroup {\n      id\n      name\n    }\n    via\n    serves {\n      id\n      quote\n      citation\n    }\n  }\n}": types.ResearcherCoverageDocument,
    "query StaffIndicatorTargets($text: String!, $first: Int = 5) {\n  indicators(filter: {text: $text}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        unit\n        observations(kind: TARGET) {\n          id\n          year\n          scope\n          comparator\n          value\n          text\n          evidence {\n            id\n            quote\n            citation\n            passage {\n              id\n              sectionPath\n              lines {\n                start\n                end\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.StaffIndicatorTargetsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoverageMatrix($area: String!, $targetGroup: String, $includeAncestors: Boolean = true) {\n  coverage(\n    area: $area\n    targetGroup: $targetGroup\n    includeAncestors: $includeAncestors\n  ) {\n    programme {\n      id\n      name\n    }\n    targetGroup {\n      id\n      name\n    }\n    area {\n      id\n      name\n      level\n    }\n    via\n    inheritedFrom {\n      id\n      name\n    }\n    serves {\n      id\n      status\n      year\n    }\n    covers {\n      id\n      status\n      year\n    }\n  }\n}"): typeof import('./graphql').CoverageMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IndicatorConcepts {\n  indicatorConcepts {\n    id\n    name\n    nameEn\n    unit\n  }\n}\n\nquery IndicatorComparison($concept: String!, $areas: [String!], $years: [Int!]) {\n  compare(concept: $concept, areas: $areas, years: $years) {\n    indicator {\n      id\n      name\n    }\n    area {\n      id\n      name\n    }\n    unit\n    conceptUnit\n    factor\n    comparable\n    whyNotComparable\n    points {\n      year\n      kind\n      role\n      scope\n      value\n      normalisedValue\n      comparator\n      text\n      observation {\n        id\n      }\n    }\n  }\n}"): typeof import('./graphql').IndicatorConceptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PortalProgrammes($first: Int = 10, $after: String, $filter: ProgrammeFilter) {\n  programmes(first: $first, after: $after, filter: $filter) {\n    totalCount\n    edges {\n      cursor\n      node {\n        id\n        name\n        nameEn\n        kind\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').PortalProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Release {\n  release {\n    version\n    ingestedAt\n  }\n}"): typeof import('./graphql').ReleaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResearcherCoverage($targetGroup: String!, $area: String!) {\n  coverage(targetGroup: $targetGroup, area: $area) {\n    area {\n      id\n      name\n      level\n    }\n    programme {\n      id\n      name\n      nameEn\n    }\n    targetGroup {\n      id\n      name\n    }\n    via\n    serves {\n      id\n      quote\n      citation\n    }\n  }\n}"): typeof import('./graphql').ResearcherCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StaffIndicatorTargets($text: String!, $first: Int = 5) {\n  indicators(filter: {text: $text}, first: $first) {\n    edges {\n      node {\n        id\n        name\n        unit\n        observations(kind: TARGET) {\n          id\n          year\n          scope\n          comparator\n          value\n          text\n          evidence {\n            id\n            quote\n            citation\n            passage {\n              id\n              sectionPath\n              lines {\n                start\n                end\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql').StaffIndicatorTargetsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
