/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AreaLevel =
  | 'CITY'
  | 'COMMUNITY'
  | 'COUNTY'
  | 'COUNTY_CITY'
  | 'DISTRICT'
  | 'PROVINCE'
  /** A development zone or new area administered like a town (火炬开发区, 翠亨新区). */
  | 'SPECIAL_ZONE'
  | 'SUBDISTRICT'
  | 'TOWN'
  | 'VILLAGE';

/** How a coverage row reached the area asked for. */
export type CoverageVia =
  /** The programme covers the area asked for. */
  | 'DIRECT'
  /** It covers an area the one asked for lies within (a city-wide programme, for a county): see inheritedFrom. */
  | 'INHERITED'
  /** It covers an area within the one asked for (a county of the city, a town of the county). */
  | 'SUB_AREA';

export type ObservationKind =
  | 'ACTUAL'
  | 'BASELINE'
  | 'TARGET';

export type ObservationScope =
  | 'CITY'
  | 'COUNTY'
  | 'NATIONAL'
  | 'PROVINCE';

/**
 * Which programmes to list. Every filter takes an id, a name or an alias; an unknown one is a NOT_FOUND error
 * naming the input, with the nearest known names (`did you mean 台山市?`). Filters combine with AND.
 */
export type ProgrammeFilter = {
  /** Programmes covering this area or, by default, any of its sub-areas (a district counts for its city). */
  area?: string | null | undefined;
  /** Also programmes stated for an area above it (a city-wide programme for one of its counties). */
  includeAncestors?: boolean | null | undefined;
  includeNarrower?: boolean | null | undefined;
  includeNarrowerProgrammes?: boolean | null | undefined;
  includeSubAreas?: boolean | null | undefined;
  institution?: string | null | undefined;
  /** Id, name or alias of a programme: it and, by default, its editions, brands and sub-projects (BROADER). */
  programme?: string | null | undefined;
  /** Programmes with at least one statement of this status on any of their relations or their own evidence. */
  status?: StatementStatus | null | undefined;
  /** Programmes serving this target group or, by default, any narrower group (低保对象 counts for 困难群众). */
  targetGroup?: string | null | undefined;
  /** Substring of the name, an alias or the English name. */
  text?: string | null | undefined;
  theme?: string | null | undefined;
};

export type ProgrammeKind =
  | 'BRAND'
  | 'CAMPAIGN'
  | 'FACILITY'
  | 'PLATFORM'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'SERVICE'
  | 'SYSTEM';

export type StatementStatus =
  | 'ACHIEVED'
  | 'ONGOING'
  | 'PLANNED';

export type CoverageMatrixQueryVariables = Exact<{
  area: string;
  targetGroup?: string | null | undefined;
  includeAncestors?: boolean | null | undefined;
}>;


export type CoverageMatrixQuery = { coverage: Array<{ via: CoverageVia, programme: { id: string, name: string }, targetGroup: { id: string, name: string }, area: { id: string, name: string, level: AreaLevel | null }, inheritedFrom: { id: string, name: string } | null, serves: Array<{ id: string, status: StatementStatus | null, year: number | null }>, covers: Array<{ id: string, status: StatementStatus | null, year: number | null }> }> };

export type IndicatorConceptsQueryVariables = Exact<{ [key: string]: never; }>;


export type IndicatorConceptsQuery = { indicatorConcepts: Array<{ id: string, name: string, nameEn: string | null, unit: string | null }> };

export type IndicatorComparisonQueryVariables = Exact<{
  concept: string;
  areas?: Array<string> | string | null | undefined;
  years?: Array<number> | number | null | undefined;
}>;


export type IndicatorComparisonQuery = { compare: Array<{ unit: string | null, conceptUnit: string | null, factor: number | null, comparable: boolean, whyNotComparable: string | null, indicator: { id: string, name: string }, area: { id: string, name: string } | null, points: Array<{ year: number, kind: ObservationKind, role: ObservationKind, scope: ObservationScope | null, value: number | null, normalisedValue: number | null, comparator: string | null, text: string | null, observation: { id: string } }> }> };

export type PortalProgrammesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ProgrammeFilter | null | undefined;
}>;


export type PortalProgrammesQuery = { programmes: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, name: string, nameEn: string | null, kind: ProgrammeKind | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReleaseQueryVariables = Exact<{ [key: string]: never; }>;


export type ReleaseQuery = { release: { version: string, ingestedAt: string } | null };

export type ResearcherCoverageQueryVariables = Exact<{
  targetGroup: string;
  area: string;
}>;


export type ResearcherCoverageQuery = { coverage: Array<{ via: CoverageVia, area: { id: string, name: string, level: AreaLevel | null }, programme: { id: string, name: string, nameEn: string | null }, targetGroup: { id: string, name: string }, serves: Array<{ id: string, quote: string, citation: string }> }> };

export type StaffIndicatorTargetsQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type StaffIndicatorTargetsQuery = { indicators: { edges: Array<{ node: { id: string, name: string, unit: string | null, observations: Array<{ id: string, year: number, scope: ObservationScope | null, comparator: string | null, value: number | null, text: string | null, evidence: Array<{ id: string, quote: string, citation: string, passage: { id: string, sectionPath: Array<string>, lines: { start: number, end: number } } }> }> } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const CoverageMatrixDocument = new TypedDocumentString(`
    query CoverageMatrix($area: String!, $targetGroup: String, $includeAncestors: Boolean = true) {
  coverage(
    area: $area
    targetGroup: $targetGroup
    includeAncestors: $includeAncestors
  ) {
    programme {
      id
      name
    }
    targetGroup {
      id
      name
    }
    area {
      id
      name
      level
    }
    via
    inheritedFrom {
      id
      name
    }
    serves {
      id
      status
      year
    }
    covers {
      id
      status
      year
    }
  }
}
    `) as unknown as TypedDocumentString<CoverageMatrixQuery, CoverageMatrixQueryVariables>;
export const IndicatorConceptsDocument = new TypedDocumentString(`
    query IndicatorConcepts {
  indicatorConcepts {
    id
    name
    nameEn
    unit
  }
}
    `) as unknown as TypedDocumentString<IndicatorConceptsQuery, IndicatorConceptsQueryVariables>;
export const IndicatorComparisonDocument = new TypedDocumentString(`
    query IndicatorComparison($concept: String!, $areas: [String!], $years: [Int!]) {
  compare(concept: $concept, areas: $areas, years: $years) {
    indicator {
      id
      name
    }
    area {
      id
      name
    }
    unit
    conceptUnit
    factor
    comparable
    whyNotComparable
    points {
      year
      kind
      role
      scope
      value
      normalisedValue
      comparator
      text
      observation {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorComparisonQuery, IndicatorComparisonQueryVariables>;
export const PortalProgrammesDocument = new TypedDocumentString(`
    query PortalProgrammes($first: Int = 10, $after: String, $filter: ProgrammeFilter) {
  programmes(first: $first, after: $after, filter: $filter) {
    totalCount
    edges {
      cursor
      node {
        id
        name
        nameEn
        kind
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PortalProgrammesQuery, PortalProgrammesQueryVariables>;
export const ReleaseDocument = new TypedDocumentString(`
    query Release {
  release {
    version
    ingestedAt
  }
}
    `) as unknown as TypedDocumentString<ReleaseQuery, ReleaseQueryVariables>;
export const ResearcherCoverageDocument = new TypedDocumentString(`
    query ResearcherCoverage($targetGroup: String!, $area: String!) {
  coverage(targetGroup: $targetGroup, area: $area) {
    area {
      id
      name
      level
    }
    programme {
      id
      name
      nameEn
    }
    targetGroup {
      id
      name
    }
    via
    serves {
      id
      quote
      citation
    }
  }
}
    `) as unknown as TypedDocumentString<ResearcherCoverageQuery, ResearcherCoverageQueryVariables>;
export const StaffIndicatorTargetsDocument = new TypedDocumentString(`
    query StaffIndicatorTargets($text: String!, $first: Int = 5) {
  indicators(filter: {text: $text}, first: $first) {
    edges {
      node {
        id
        name
        unit
        observations(kind: TARGET) {
          id
          year
          scope
          comparator
          value
          text
          evidence {
            id
            quote
            citation
            passage {
              id
              sectionPath
              lines {
                start
                end
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffIndicatorTargetsQuery, StaffIndicatorTargetsQueryVariables>;