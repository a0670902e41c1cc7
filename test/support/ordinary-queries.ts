import { examples } from '../../src/server/examples';

/**
 * Queries a researcher, a portal or policy staff would write from the README and the schema (issue 11.1): the
 * README's three examples (GraphiQL's tabs), the three the issue saw refused, and more of the kind people ask,
 * up to five hops deep with statements and passages. Every one must be accepted by the default limits and run
 * on the seed graph (test/api/ordinary-queries.test.ts); bench/query-costs.ts prints their costs.
 */
export interface OrdinaryQuery {
  name: string;
  /** What the query answers, in a researcher's words. */
  asks: string;
  query: string;
  variables?: Record<string, unknown>;
}

const fromExamples: OrdinaryQuery[] = examples.map((example) => ({
  name: example.name,
  asks: example.purpose,
  query: example.query,
  variables: example.variables ? (JSON.parse(example.variables) as Record<string, unknown>) : undefined,
}));

/** The three queries issue 11 reports as refused (57,901 to 1,315,604 against a limit of 50,000). */
const refusedInIssue11: OrdinaryQuery[] = [
  {
    name: 'GroupProgrammesThemes',
    asks: 'Which programmes serve groups named like 老年, in which themes, and where is each stated?',
    query: `{
  targetGroups(filter: { text: "老年" }) {
    edges { node {
      name
      evidence { quote citation }
      programmes { node { name themes { node { name } } } statements { quote status year citation } }
    } }
  }
}`,
  },
  {
    name: 'NursingBedIndicators',
    asks: 'Every series of 护理型床位 with its observations and the trace of each value to its source.',
    query: `{
  indicators(filter: { text: "护理型床位" }) {
    edges { node {
      name unit
      observations {
        year kind scope value text
        evidence { quote citation passage { sectionPath lines { start end } } }
      }
      trace { quote citation sectionPath document { title } passage { text lines { start end } } }
    } }
  }
}`,
  },
  {
    name: 'AreaRelationsWithStatements',
    asks: "江门市's programmes (whom they serve, who runs them, their themes), indicators and districts, with statements.",
    query: `{
  node(id: "AdministrativeArea:jiangmen") {
    ... on AdministrativeArea {
      name level
      programmes {
        node {
          name
          targetGroups { node { name } statements { quote status } }
          institutions { node { name } statements { quote } }
          themes { node { name } }
        }
        statements { quote status citation passage { sectionPath lines { start end } } }
      }
      indicators { node { name unit observations { year kind value } } statements { quote } }
      children { name programmes { node { name } } }
    }
  }
}`,
  },
  {
    name: 'GroupRelationsWithStatements',
    asks: 'Programmes serving 老年人: where, for whom else, by whom, in which themes, each statement with its passage.',
    query: `{
  node(id: "TargetGroup:elderly") {
    ... on TargetGroup {
      name
      narrower { name }
      programmes {
        node {
          name
          areas { node { name level } statements { quote } }
          targetGroups { node { name } statements { quote status } }
          institutions { node { name } }
          themes { node { name } }
        }
        statements { quote citation status year passage { sectionPath lines { start end } } }
      }
    }
  }
}`,
  },
];

const researcherQueries: OrdinaryQuery[] = [
  {
    name: 'ProgrammeProfile',
    asks: 'Everything about 长者食堂: whom it serves, where, who runs it, its themes, policies and editions.',
    query: `{
  node(id: "Programme:zhangzhe-shitang") {
    ... on Programme {
      name nameEn kind aliases
      evidence { quote citation status year }
      targetGroups { node { name } statements { quote status year } }
      areas { node { name level } statements { quote citation } }
      institutions { node { name } statements { quote } }
      themes { node { name } }
      policies { node { title number } statements { quote } }
      narrower { node { name areas { node { name } } } }
      indicators { node { name unit } }
    }
  }
}`,
  },
  {
    name: 'SearchThenRead',
    asks: 'Search 长者食堂 and read each hit: the programme, or the passage with its document and statements.',
    query: `{
  search(text: "长者食堂") {
    type score snippet
    node {
      id
      ... on Programme { name areas { node { name } } }
      ... on Passage { sectionPath lines { start end } document { title } statements { quote status } }
    }
  }
}`,
  },
  {
    name: 'CompareDibaoStandard',
    asks: '城乡低保标准 in 江门市 and 郁南县 side by side, each value with its quote.',
    query: `{
  compare(concept: "城乡低保标准", areas: ["江门市", "郁南县"]) {
    area { name }
    unit conceptUnit factor comparable whyNotComparable
    points { year kind role value normalisedValue text observation { evidence { quote citation } } }
  }
}`,
  },
  {
    name: 'ConceptSeries',
    asks: 'Every indicator concept with its series and the area of each.',
    query: `{
  indicatorConcepts {
    name unit
    indicators { node { name unit area { name } } }
  }
}`,
  },
  {
    name: 'DocumentsOverview',
    asks: 'The documents, who issued them, and their first ten passages.',
    query: `{
  documents {
    totalCount
    edges { node {
      title year kind period { from to }
      issuer { name } area { name }
      passages(first: 10) { totalCount edges { node { ordinal sectionPath kind text } } }
    } }
  }
}`,
  },
  {
    name: 'ReadDocumentPassages',
    asks: "Read 郁南县's plan twenty passages at a time, with each passage's statements, mentions and citations.",
    query: `query ($after: String) {
  node(id: "Document:yunan-civil-affairs-plan-2021-2025") {
    ... on Document {
      title
      passages(first: 20, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges { node {
          ordinal sectionPath kind text lines { start end }
          statements { about quote status year }
          mentions { surface entity { __typename id name } }
          cites { title policy { name number } }
        } }
      }
    }
  }
}`,
    variables: { after: null },
  },
  {
    name: 'PolicyCitations',
    asks: 'Policies, where each is cited and which programmes it governs.',
    query: `{
  policies(first: 20) {
    totalCount
    edges { node {
      title number year issuer { name } curated
      citedBy { document { title } passage { sectionPath lines { start end } } }
      programmes { node { name } statements { quote } }
    } }
  }
}`,
  },
  {
    name: 'AreaHierarchy',
    asks: "江门市's districts and county-level cities, their towns, their ancestors and neighbours.",
    query: `{
  areas(filter: { within: "江门市", directOnly: true }) {
    edges { node {
      name level code
      parent { name }
      ancestors { name level }
      children { name level code }
      borders { node { name } statements { quote } }
    } }
  }
}`,
  },
  {
    name: 'InstitutionsAtWork',
    asks: 'Institutions, their area and parent, the programmes they run (with quotes) and the documents they issued.',
    query: `{
  institutions(first: 30) {
    edges { node {
      name kind
      area { name } parent { name }
      programmes { node { name } statements { quote citation } }
      documents { title year }
    } }
  }
}`,
  },
  {
    name: 'ThemesAtAGlance',
    asks: 'Each theme with its programmes and the indicators that measure it.',
    query: `{
  themes {
    edges { node {
      name nameEn
      programmes { node { name kind } }
      indicators { node { name unit } }
    } }
  }
}`,
  },
  {
    name: 'DibaoInYunan',
    asks: 'Programmes for 低保对象 in 郁南县, with the status and year of each SERVES statement.',
    query: `{
  programmes(filter: { targetGroup: "低保对象", area: "郁南县" }, first: 50) {
    totalCount
    edges { node {
      name
      targetGroups { node { name } statuses statements { status year quote } }
      areas { node { name } statementCount }
    } }
  }
}`,
  },
  {
    name: 'ChildrenCoverageZhongshan',
    asks: 'Which programmes serve 儿童 in 中山市, with the quotes of both relations and their passages.',
    query: `{
  coverage(targetGroup: "儿童", area: "中山市") {
    via
    area { name level }
    inheritedFrom { name }
    programme { name }
    targetGroup { name }
    serves { quote status passage { sectionPath } }
    covers { quote citation }
  }
}`,
  },
  {
    name: 'ProgrammeGenerations',
    asks: 'The 双百 programmes: what they are editions of, their editions two levels down, and their generations.',
    query: `{
  programmes(filter: { text: "双百" }) {
    edges { node {
      name
      broader { node { name } }
      narrower { node { name narrower { node { name } } } }
      succeeds { node { name } statements { quote } }
      succeededBy { node { name } }
    } }
  }
}`,
  },
  {
    name: 'YunanIndicators',
    asks: "郁南县's indicators with their table row, observations and the passage lines of each value.",
    query: `{
  indicators(filter: { area: "郁南县" }, first: 50) {
    totalCount
    edges { node {
      name unit attribute
      table { name row subRow }
      observations { year kind value comparator evidence { quote passage { lines { start end } } } }
    } }
  }
}`,
  },
  {
    name: 'ElderlyCareStatementsDeep',
    asks: 'Programmes of 大养老服务, whom they serve (and narrower groups), each statement with document, issuer and passage.',
    query: `{
  programmes(filter: { theme: "大养老服务" }, first: 20) {
    edges { node {
      name
      targetGroups {
        node { name narrower { name } }
        statements { quote document { title issuer { name } } passage { sectionPath text } }
      }
    } }
  }
}`,
  },
  {
    name: 'ReleaseFigures',
    asks: 'Which release is loaded and what it holds.',
    query: `{ release { version ingestedAt counts { name count } } }`,
  },
  {
    name: 'NodesById',
    asks: 'Several things at once by id, with their evidence.',
    query: `query ($ids: [ID!]!) {
  nodes(ids: $ids) {
    id __typename
    ... on Entity { name evidence { quote citation } }
  }
}`,
    variables: {
      ids: ['Programme:zhangzhe-shitang', 'TargetGroup:elderly', 'AdministrativeArea:taishan', 'Theme:da-jiuzhu'],
    },
  },
  {
    name: 'TaishanProfile',
    asks: '台山市: its parent, the programmes covering it and its targets.',
    query: `{
  area(name: "台山市") {
    name level code
    parent { name }
    programmes { node { name } }
    indicators { node { name observations(kind: TARGET) { year value text } } }
  }
}`,
  },
  {
    name: 'PassageSearchWithContext',
    asks: 'Passages about 养老床位, with their document, lines, statements and the entities they name.',
    query: `{
  search(text: "养老床位", types: [PASSAGE], first: 10) {
    score snippet
    node { ... on Passage {
      document { title year }
      sectionPath lines { start end }
      statements { about quote status }
      mentions { surface entity { id name } }
    } }
  }
}`,
  },
  {
    name: 'GroupsInDifficulty',
    asks: 'The groups within 困难群众, their broader and narrower groups and the programmes serving each.',
    query: `{
  targetGroups(filter: { within: "困难群众" }, first: 50) {
    totalCount
    edges { node {
      name aliases
      broader { name }
      narrower { name }
      programmes { node { name } statuses }
    } }
  }
}`,
  },
  {
    name: 'WhatMeasuresElderlyCare',
    asks: 'Indicators measuring 大养老服务, what else they measure, their concept and the measuring statements.',
    query: `{
  indicators(filter: { measures: "大养老服务" }) {
    edges { node {
      name unit
      concept { name unit }
      measures { node { ... on Programme { name } ... on Theme { name } } statements { quote } }
    } }
  }
}`,
  },
  {
    name: 'PlannedInZhongshan',
    asks: "中山市's planned programmes and the passage of every statement about them.",
    query: `{
  programmes(filter: { status: PLANNED, area: "中山市" }, first: 30) {
    totalCount
    edges { node {
      name
      evidence { status year quote passage { sectionPath lines { start end } } }
    } }
  }
}`,
  },
  {
    name: 'BureauDocuments',
    asks: 'What the 民政局s issued: their documents, the evidence for each and its opening passages.',
    query: `{
  institutions(filter: { text: "民政局" }) {
    edges { node {
      name
      documents { title year evidence { quote } passages(first: 5) { edges { node { sectionPath text } } } }
    } }
  }
}`,
  },
  {
    name: 'AssistanceChainToPassage',
    asks: '大救助 → its programmes → whom they serve → each statement → its passage: five hops.',
    query: `{
  themes(filter: { text: "大救助" }, first: 1) {
    edges { node {
      name
      programmes {
        node {
          name
          targetGroups { node { name } statements { quote status passage { sectionPath lines { start end } } } }
        }
      }
    } }
  }
}`,
  },
  {
    name: 'ObservationSources',
    asks: 'The targets of 每千名老年人拥有养老床位数 across areas, each with its passage and document.',
    query: `{
  compare(concept: "每千名老年人拥有养老床位数") {
    indicator { name table { name row } }
    area { name }
    points {
      year kind value
      observation { flags { code note } evidence { quote citation document { title } passage { sectionPath text } } }
    }
  }
}`,
  },
  {
    name: 'AreaProgrammesAndTheirGroups',
    asks: 'What covers 新会区 directly, whom each programme serves and the quote for each coverage.',
    query: `{
  area(name: "新会区") {
    name
    programmes {
      node { name targetGroups { node { name } } }
      statements { quote citation }
    }
  }
}`,
  },
];

export const ordinaryQueries: readonly OrdinaryQuery[] = [...fromExamples, ...refusedInIssue11, ...researcherQueries];
