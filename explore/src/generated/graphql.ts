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

/** Why a statement's quote leaves one end of its relation unnamed. */
export type ImplicitReason =
  /** A nearby sentence names the other end (see note). */
  | 'CONTEXT'
  /** The quote is an item of a list whose heading names the other end (see note). */
  | 'LIST_UNDER_HEADING'
  /** The quote is a table row; the other end is the table's subject or column. */
  | 'TABLE_ROW';

/** How the ingest derived a statement no curator wrote. */
export type ImpliedBy =
  /** A programme of a city's or county's document with no narrower area stated there covers the document's area. */
  | 'DOCUMENT_SCOPE';

export type ObservationKind =
  | 'ACTUAL'
  | 'BASELINE'
  | 'TARGET';

export type ObservationScope =
  | 'CITY'
  | 'COUNTY'
  | 'NATIONAL'
  | 'PROVINCE';

export type PassageKind =
  | 'HEADING'
  | 'PARAGRAPH'
  | 'TABLE'
  | 'TOC';

export type ProgrammeKind =
  | 'BRAND'
  | 'CAMPAIGN'
  | 'FACILITY'
  | 'PLATFORM'
  | 'PROGRAMME'
  | 'PROJECT'
  | 'SERVICE'
  | 'SYSTEM';

export type RelationType =
  /** Two areas a document names as neighbours in boundary work. */
  | 'BORDERS'
  | 'BROADER'
  | 'COVERS'
  | 'FOR_AREA'
  | 'GOVERNED_BY'
  | 'ISSUED_BY'
  | 'MEASURES'
  /** An indicator (one area's or one document's series) of an indicator concept. */
  | 'OF_CONCEPT'
  | 'PART_OF'
  | 'RUN_BY'
  | 'SERVES'
  /** A programme that is the next generation of another (双百工程 after the 双百计划). */
  | 'SUCCEEDS';

export type SearchType =
  | 'AREA'
  | 'INDICATOR'
  | 'INSTITUTION'
  | 'PASSAGE'
  | 'POLICY'
  | 'PROGRAMME'
  | 'TARGET_GROUP'
  | 'THEME';

export type StatementStatus =
  | 'ACHIEVED'
  | 'ONGOING'
  | 'PLANNED';

export type ExploreAreaQueryVariables = Exact<{
  id: string;
}>;


export type ExploreAreaQuery = { area: { id: string, name: string, nameEn: string | null, level: AreaLevel | null, code: string | null, ancestors: Array<{ id: string, name: string }>, institutions: Array<{ id: string, name: string }>, indicators: Array<{ node: { id: string, name: string, unit: string | null } }> } | null };

export type ExploreSubAreasQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type ExploreSubAreasQuery = { areas: { totalCount: number, edges: Array<{ node: { id: string, name: string, level: AreaLevel | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExploreCoverageQueryVariables = Exact<{
  area: string;
  includeAncestors?: boolean | null | undefined;
}>;


export type ExploreCoverageQuery = { coverage: Array<{ via: CoverageVia, programme: { id: string, name: string }, targetGroup: { id: string, name: string }, area: { id: string, name: string }, inheritedFrom: { id: string, name: string } | null, serves: Array<{ id: string, status: StatementStatus | null, year: number | null }>, covers: Array<{ id: string, status: StatementStatus | null, year: number | null }> }> };

export type ExploreProgrammeCoverageQueryVariables = Exact<{
  programme: string;
}>;


export type ExploreProgrammeCoverageQuery = { coverage: Array<{ via: CoverageVia, programme: { id: string, name: string }, targetGroup: { id: string, name: string }, area: { id: string, name: string }, inheritedFrom: { id: string, name: string } | null, serves: Array<{ id: string, status: StatementStatus | null, year: number | null }>, covers: Array<{ id: string, status: StatementStatus | null, year: number | null }> }> };

export type ExploreCoverageRowFragment = { via: CoverageVia, programme: { id: string, name: string }, targetGroup: { id: string, name: string }, area: { id: string, name: string }, inheritedFrom: { id: string, name: string } | null, serves: Array<{ id: string, status: StatementStatus | null, year: number | null }>, covers: Array<{ id: string, status: StatementStatus | null, year: number | null }> };

type RelationStatements_AreaRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

type RelationStatements_IndicatorRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

type RelationStatements_InstitutionRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

type RelationStatements_MeasuredRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

type RelationStatements_PolicyRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

type RelationStatements_ProgrammeRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

type RelationStatements_TargetGroupRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

type RelationStatements_ThemeRelation_Fragment = { type: RelationType, statuses: Array<StatementStatus>, statements: Array<{ id: string, year: number | null }> };

export type RelationStatementsFragment =
  | RelationStatements_AreaRelation_Fragment
  | RelationStatements_IndicatorRelation_Fragment
  | RelationStatements_InstitutionRelation_Fragment
  | RelationStatements_MeasuredRelation_Fragment
  | RelationStatements_PolicyRelation_Fragment
  | RelationStatements_ProgrammeRelation_Fragment
  | RelationStatements_TargetGroupRelation_Fragment
  | RelationStatements_ThemeRelation_Fragment
;

export type ExploreEntityQueryVariables = Exact<{
  id: string;
}>;


export type ExploreEntityQuery = { node:
    | { __typename: 'AdministrativeArea', name: string, nameEn: string | null, aliases: Array<string>, id: string, evidence: Array<{ id: string }> }
    | { __typename: 'Document', id: string }
    | { __typename: 'Evidence', id: string }
    | { __typename: 'Indicator', name: string, nameEn: string | null, aliases: Array<string>, id: string, evidence: Array<{ id: string }> }
    | { __typename: 'IndicatorConcept', name: string, nameEn: string | null, aliases: Array<string>, id: string, evidence: Array<{ id: string }> }
    | { __typename: 'Institution', name: string, nameEn: string | null, aliases: Array<string>, id: string, evidence: Array<{ id: string }>, area: { id: string, name: string } | null, programmes: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }> }
    | { __typename: 'Observation', id: string }
    | { __typename: 'Passage', ordinal: number, sectionPath: Array<string>, text: string, id: string, document: { id: string, title: string }, statements: Array<{ id: string }> }
    | { __typename: 'Policy', name: string, nameEn: string | null, aliases: Array<string>, number: string | null, year: number | null, id: string, evidence: Array<{ id: string }>, programmes: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }>, citedBy: Array<{ passage: { id: string }, document: { id: string, title: string } }> }
    | { __typename: 'Programme', name: string, nameEn: string | null, aliases: Array<string>, kind: ProgrammeKind | null, id: string, evidence: Array<{ id: string }>, broader: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }>, narrower: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }>, targetGroups: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }>, areas: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }>, institutions: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }>, indicators: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }> }
    | { __typename: 'TargetGroup', name: string, nameEn: string | null, aliases: Array<string>, id: string, evidence: Array<{ id: string }>, broader: Array<{ id: string, name: string }>, narrower: Array<{ id: string, name: string }>, programmes: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }> }
    | { __typename: 'Theme', name: string, nameEn: string | null, aliases: Array<string>, id: string, evidence: Array<{ id: string }>, programmes: Array<{ type: RelationType, statuses: Array<StatementStatus>, node: { id: string, name: string }, statements: Array<{ id: string, year: number | null }> }> }
   | null };

export type StatementCardFragment = { id: string, quote: string, status: StatementStatus | null, year: number | null, implicit: ImplicitReason | null, impliedBy: ImpliedBy | null, citation: string, sectionPath: Array<string>, lines: { start: number, end: number }, document: { id: string, title: string } };

export type ExploreStatementsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type ExploreStatementsQuery = { nodes: Array<
    | { id: string, quote: string, status: StatementStatus | null, year: number | null, implicit: ImplicitReason | null, impliedBy: ImpliedBy | null, citation: string, sectionPath: Array<string>, lines: { start: number, end: number }, document: { id: string, title: string } }
    | Record<PropertyKey, never>
   | null> };

export type ExploreEvidenceQueryVariables = Exact<{
  id: string;
}>;


export type ExploreEvidenceQuery = { node:
    | { __typename: 'AdministrativeArea' }
    | { __typename: 'Document' }
    | { __typename: 'Evidence', about: string, note: string | null, startOffset: number, endOffset: number, id: string, quote: string, status: StatementStatus | null, year: number | null, implicit: ImplicitReason | null, impliedBy: ImpliedBy | null, citation: string, sectionPath: Array<string>, passage: { id: string, ordinal: number }, document: { id: string, title: string, year: number | null, length: number, issuer: { name: string } | null }, lines: { start: number, end: number } }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorConcept' }
    | { __typename: 'Institution' }
    | { __typename: 'Observation' }
    | { __typename: 'Passage' }
    | { __typename: 'Policy' }
    | { __typename: 'Programme' }
    | { __typename: 'TargetGroup' }
    | { __typename: 'Theme' }
   | null };

export type ExplorePassagesQueryVariables = Exact<{
  document: string;
  after?: string | null | undefined;
}>;


export type ExplorePassagesQuery = { node:
    | { __typename: 'AdministrativeArea' }
    | { __typename: 'Document', passages: { totalCount: number, edges: Array<{ node: { id: string, ordinal: number, kind: PassageKind, sectionPath: Array<string>, text: string, startOffset: number, endOffset: number, lines: { start: number, end: number } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } }
    | { __typename: 'Evidence' }
    | { __typename: 'Indicator' }
    | { __typename: 'IndicatorConcept' }
    | { __typename: 'Institution' }
    | { __typename: 'Observation' }
    | { __typename: 'Passage' }
    | { __typename: 'Policy' }
    | { __typename: 'Programme' }
    | { __typename: 'TargetGroup' }
    | { __typename: 'Theme' }
   | null };

export type ExploreHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type ExploreHomeQuery = { release: { version: string, ingestedAt: string } | null, areas: { edges: Array<{ node: { id: string, name: string, nameEn: string | null } }> }, counties: { edges: Array<{ node: { id: string, name: string, nameEn: string | null } }> }, indicatorConcepts: Array<{ id: string, name: string, nameEn: string | null, unit: string | null }> };

export type ExploreIndicatorQueryVariables = Exact<{
  id: string;
}>;


export type ExploreIndicatorQuery = { node:
    | { __typename: 'AdministrativeArea' }
    | { __typename: 'Document' }
    | { __typename: 'Evidence' }
    | { __typename: 'Indicator', id: string, name: string, nameEn: string | null, unit: string | null, category: string | null, attribute: string | null, table: { name: string, row: string | null } | null, area: { id: string, name: string } | null, concept: { id: string, name: string, unit: string | null } | null, observations: Array<{ id: string, ordinal: number, year: number, kind: ObservationKind, scope: ObservationScope | null, value: number | null, comparator: string | null, text: string | null, completion: string | null, evidence: Array<{ id: string }> }> }
    | { __typename: 'IndicatorConcept' }
    | { __typename: 'Institution' }
    | { __typename: 'Observation' }
    | { __typename: 'Passage' }
    | { __typename: 'Policy' }
    | { __typename: 'Programme' }
    | { __typename: 'TargetGroup' }
    | { __typename: 'Theme' }
   | null };

export type ExploreCompareQueryVariables = Exact<{
  concept: string;
}>;


export type ExploreCompareQuery = { compare: Array<{ unit: string | null, conceptUnit: string | null, comparable: boolean, whyNotComparable: string | null, indicator: { id: string, name: string }, area: { id: string, name: string } | null, points: Array<{ year: number, kind: ObservationKind, role: ObservationKind, scope: ObservationScope | null, normalisedValue: number | null, text: string | null, observation: { id: string, evidence: Array<{ id: string }> } }> }> };

export type ExploreSearchQueryVariables = Exact<{
  text: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first?: number | null | undefined;
}>;


export type ExploreSearchQuery = { search: Array<{ type: SearchType, score: number, snippet: string, node:
      | { name: string, nameEn: string | null, id: string }
      | { id: string }
      | { id: string }
      | { name: string, nameEn: string | null, id: string }
      | { name: string, nameEn: string | null, id: string }
      | { name: string, nameEn: string | null, id: string }
      | { id: string }
      | { sectionPath: Array<string>, id: string, document: { id: string, title: string } }
      | { name: string, nameEn: string | null, id: string }
      | { name: string, nameEn: string | null, id: string }
      | { name: string, nameEn: string | null, id: string }
      | { name: string, nameEn: string | null, id: string }
     }> };

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
export const ExploreCoverageRowFragmentDoc = new TypedDocumentString(`
    fragment ExploreCoverageRow on CoverageRow {
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
    `, {"fragmentName":"ExploreCoverageRow"}) as unknown as TypedDocumentString<ExploreCoverageRowFragment, unknown>;
export const RelationStatementsFragmentDoc = new TypedDocumentString(`
    fragment RelationStatements on Relation {
  type
  statuses
  statements {
    id
    year
  }
}
    `, {"fragmentName":"RelationStatements"}) as unknown as TypedDocumentString<RelationStatementsFragment, unknown>;
export const StatementCardFragmentDoc = new TypedDocumentString(`
    fragment StatementCard on Evidence {
  id
  quote
  status
  year
  implicit
  impliedBy
  citation
  sectionPath
  lines {
    start
    end
  }
  document {
    id
    title
  }
}
    `, {"fragmentName":"StatementCard"}) as unknown as TypedDocumentString<StatementCardFragment, unknown>;
export const ExploreAreaDocument = new TypedDocumentString(`
    query ExploreArea($id: ID!) {
  area(id: $id) {
    id
    name
    nameEn
    level
    code
    ancestors {
      id
      name
    }
    institutions {
      id
      name
    }
    indicators {
      node {
        id
        name
        unit
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreAreaQuery, ExploreAreaQueryVariables>;
export const ExploreSubAreasDocument = new TypedDocumentString(`
    query ExploreSubAreas($id: String!, $after: String) {
  areas(filter: {within: $id, directOnly: true}, first: 100, after: $after) {
    totalCount
    edges {
      node {
        id
        name
        level
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreSubAreasQuery, ExploreSubAreasQueryVariables>;
export const ExploreCoverageDocument = new TypedDocumentString(`
    query ExploreCoverage($area: String!, $includeAncestors: Boolean = true) {
  coverage(area: $area, includeAncestors: $includeAncestors) {
    ...ExploreCoverageRow
  }
}
    fragment ExploreCoverageRow on CoverageRow {
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
}`) as unknown as TypedDocumentString<ExploreCoverageQuery, ExploreCoverageQueryVariables>;
export const ExploreProgrammeCoverageDocument = new TypedDocumentString(`
    query ExploreProgrammeCoverage($programme: String!) {
  coverage(programme: $programme) {
    ...ExploreCoverageRow
  }
}
    fragment ExploreCoverageRow on CoverageRow {
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
}`) as unknown as TypedDocumentString<ExploreProgrammeCoverageQuery, ExploreProgrammeCoverageQueryVariables>;
export const ExploreEntityDocument = new TypedDocumentString(`
    query ExploreEntity($id: ID!) {
  node(id: $id) {
    id
    __typename
    ... on Entity {
      name
      nameEn
      aliases
      evidence {
        id
      }
    }
    ... on Programme {
      kind
      broader {
        ...RelationStatements
        node {
          id
          name
        }
      }
      narrower {
        ...RelationStatements
        node {
          id
          name
        }
      }
      targetGroups {
        ...RelationStatements
        node {
          id
          name
        }
      }
      areas {
        ...RelationStatements
        node {
          id
          name
        }
      }
      institutions {
        ...RelationStatements
        node {
          id
          name
        }
      }
      indicators {
        ...RelationStatements
        node {
          id
          name
        }
      }
    }
    ... on TargetGroup {
      broader {
        id
        name
      }
      narrower {
        id
        name
      }
      programmes {
        ...RelationStatements
        node {
          id
          name
        }
      }
    }
    ... on Institution {
      area {
        id
        name
      }
      programmes {
        ...RelationStatements
        node {
          id
          name
        }
      }
    }
    ... on Policy {
      number
      year
      programmes {
        ...RelationStatements
        node {
          id
          name
        }
      }
      citedBy {
        passage {
          id
        }
        document {
          id
          title
        }
      }
    }
    ... on Theme {
      programmes {
        ...RelationStatements
        node {
          id
          name
        }
      }
    }
    ... on Passage {
      ordinal
      document {
        id
        title
      }
      sectionPath
      text
      statements {
        id
      }
    }
  }
}
    fragment RelationStatements on Relation {
  type
  statuses
  statements {
    id
    year
  }
}`) as unknown as TypedDocumentString<ExploreEntityQuery, ExploreEntityQueryVariables>;
export const ExploreStatementsDocument = new TypedDocumentString(`
    query ExploreStatements($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Evidence {
      ...StatementCard
    }
  }
}
    fragment StatementCard on Evidence {
  id
  quote
  status
  year
  implicit
  impliedBy
  citation
  sectionPath
  lines {
    start
    end
  }
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<ExploreStatementsQuery, ExploreStatementsQueryVariables>;
export const ExploreEvidenceDocument = new TypedDocumentString(`
    query ExploreEvidence($id: ID!) {
  node(id: $id) {
    __typename
    ... on Evidence {
      ...StatementCard
      about
      note
      startOffset
      endOffset
      passage {
        id
        ordinal
      }
      document {
        id
        title
        year
        length
        issuer {
          name
        }
      }
    }
  }
}
    fragment StatementCard on Evidence {
  id
  quote
  status
  year
  implicit
  impliedBy
  citation
  sectionPath
  lines {
    start
    end
  }
  document {
    id
    title
  }
}`) as unknown as TypedDocumentString<ExploreEvidenceQuery, ExploreEvidenceQueryVariables>;
export const ExplorePassagesDocument = new TypedDocumentString(`
    query ExplorePassages($document: ID!, $after: String) {
  node(id: $document) {
    __typename
    ... on Document {
      passages(first: 100, after: $after) {
        totalCount
        edges {
          node {
            id
            ordinal
            kind
            sectionPath
            text
            startOffset
            endOffset
            lines {
              start
              end
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorePassagesQuery, ExplorePassagesQueryVariables>;
export const ExploreHomeDocument = new TypedDocumentString(`
    query ExploreHome {
  release {
    version
    ingestedAt
  }
  areas(filter: {level: CITY}, first: 20) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
  counties: areas(filter: {level: COUNTY}, first: 20) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
  indicatorConcepts {
    id
    name
    nameEn
    unit
  }
}
    `) as unknown as TypedDocumentString<ExploreHomeQuery, ExploreHomeQueryVariables>;
export const ExploreIndicatorDocument = new TypedDocumentString(`
    query ExploreIndicator($id: ID!) {
  node(id: $id) {
    __typename
    ... on Indicator {
      id
      name
      nameEn
      unit
      category
      attribute
      table {
        name
        row
      }
      area {
        id
        name
      }
      concept {
        id
        name
        unit
      }
      observations {
        id
        ordinal
        year
        kind
        scope
        value
        comparator
        text
        completion
        evidence {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreIndicatorQuery, ExploreIndicatorQueryVariables>;
export const ExploreCompareDocument = new TypedDocumentString(`
    query ExploreCompare($concept: String!) {
  compare(concept: $concept) {
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
    comparable
    whyNotComparable
    points {
      year
      kind
      role
      scope
      normalisedValue
      text
      observation {
        id
        evidence {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreCompareQuery, ExploreCompareQueryVariables>;
export const ExploreSearchDocument = new TypedDocumentString(`
    query ExploreSearch($text: String!, $types: [SearchType!], $first: Int = 30) {
  search(text: $text, types: $types, first: $first) {
    type
    score
    snippet
    node {
      id
      ... on Entity {
        name
        nameEn
      }
      ... on Passage {
        document {
          id
          title
        }
        sectionPath
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExploreSearchQuery, ExploreSearchQueryVariables>;