/**
 * The fact model: the one vocabulary shared by the seed validator, the Neo4j writer and the API.
 * Everything here is plain data (no classes), so a FactSet can be serialised, diffed and written as is.
 *
 * Offsets are UTF-16 code units into the JavaScript string of a document file (what `readFileSync(f, 'utf8')`
 * returns), end exclusive. Lines are 1-based.
 */

export const ENTITY_TYPES = [
  'Theme',
  'Programme',
  'TargetGroup',
  'AdministrativeArea',
  'Institution',
  'Policy',
  'Indicator',
  'IndicatorConcept',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Every id prefix the seed folder may use, entity types plus `Document`. */
export const ID_PREFIXES = ['Document', ...ENTITY_TYPES] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

export const RELATION_TYPES = [
  'SERVES',
  'COVERS',
  'RUN_BY',
  'PART_OF',
  'GOVERNED_BY',
  'MEASURES',
  'FOR_AREA',
  'BROADER',
  'ISSUED_BY',
  'BORDERS',
  'OF_CONCEPT',
  'SUCCEEDS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const EVIDENCE_STATUSES = ['ACHIEVED', 'PLANNED', 'ONGOING'] as const;
export type EvidenceStatus = (typeof EVIDENCE_STATUSES)[number];

export const FLAG_CODES = [
  'AMBIGUOUS',
  'CONTRADICTION',
  'UNKNOWN_VALUE',
  'GARBLED_SOURCE',
  'INFERRED',
  'MISSING_ROW',
] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const AREA_LEVELS = [
  'PROVINCE',
  'CITY',
  'DISTRICT',
  'COUNTY_CITY',
  'COUNTY',
  'TOWN',
  'SUBDISTRICT',
  'SPECIAL_ZONE',
  'VILLAGE',
  'COMMUNITY',
] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];
/** Levels that must carry a GB/T 2260 code ("COUNTY level and up"). */
export const CODED_AREA_LEVELS: readonly AreaLevel[] = ['PROVINCE', 'CITY', 'DISTRICT', 'COUNTY_CITY', 'COUNTY'];

/** Levels whose official code is the 9-digit township code (GB/T 10114), when it is known. */
export const TOWNSHIP_AREA_LEVELS: readonly AreaLevel[] = ['TOWN', 'SUBDISTRICT', 'SPECIAL_ZONE'];

/**
 * Why a relation's quote does not name both of its ends: the other end is the table's subject or column, the
 * heading of the list the quote is an item of, or named in the sentence before.
 */
export const IMPLICIT_REASONS = ['TABLE_ROW', 'LIST_UNDER_HEADING', 'CONTEXT'] as const;
export type ImplicitReason = (typeof IMPLICIT_REASONS)[number];

/**
 * How a statement reached the graph: written by a curator (null), or implied by the ingest. DOCUMENT_SCOPE: a
 * programme of a city's or county's document with no narrower area stated there covers the document's area.
 */
export const IMPLIED_BY = ['DOCUMENT_SCOPE'] as const;
export type ImpliedBy = (typeof IMPLIED_BY)[number];

export const PROGRAMME_KINDS = [
  'PROGRAMME',
  'PROJECT',
  'BRAND',
  'SERVICE',
  'PLATFORM',
  'FACILITY',
  'CAMPAIGN',
  'SYSTEM',
] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];

export const INSTITUTION_KINDS = [
  'GOVERNMENT',
  'PUBLIC_INSTITUTION',
  'SOCIAL_ORGANIZATION',
  'ENTERPRISE',
  'COMMITTEE',
  'OTHER',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const DOCUMENT_KINDS = ['PLAN', 'SUMMARY'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const OBSERVATION_KINDS = ['BASELINE', 'ACTUAL', 'TARGET'] as const;
export type ObservationKind = (typeof OBSERVATION_KINDS)[number];

export const OBSERVATION_SCOPES = ['CITY', 'PROVINCE', 'NATIONAL', 'COUNTY'] as const;
export type ObservationScope = (typeof OBSERVATION_SCOPES)[number];

export const COMPARATORS = ['≥', '≤', '>', '<', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const INDICATOR_ATTRIBUTES = ['约束性', '预期性'] as const;
export type IndicatorAttribute = (typeof INDICATOR_ATTRIBUTES)[number];

export const PASSAGE_KINDS = ['HEADING', 'PARAGRAPH', 'TABLE', 'TOC'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/** Where a curated fact was written: the seed file (relative to the seeds folder) and its 1-based line. */
export interface SourceRef {
  file: string;
  line: number;
}

/** A span of a document's original text. */
export interface TextSpan {
  startOffset: number;
  endOffset: number;
  startLine: number;
  endLine: number;
}

export interface Flag {
  code: FlagCode;
  note: string | null;
}

/** A quote verified against its document: the located span and the passage holding its first character. */
export interface Evidence extends TextSpan {
  documentId: string;
  passageId: string;
  quote: string;
  status: EvidenceStatus | null;
  year: number | null;
  note: string | null;
  /** Why the quote may leave one end of its relation unnamed (relations only). */
  implicit: ImplicitReason | null;
  /** Set on statements the ingest derives rather than a curator writes. */
  impliedBy: ImpliedBy | null;
  flags: Flag[];
  source: SourceRef;
}

export interface Document {
  id: string;
  /** Path relative to the seeds folder, e.g. `documents/000-….txt`. */
  file: string;
  sourceName: string | null;
  title: string;
  titleEn: string | null;
  issuer: string | null;
  area: string | null;
  year: number | null;
  period: { from: number; to: number } | null;
  kind: DocumentKind;
  /** Field name → why the value was inferred rather than printed. */
  inferred: Record<string, string>;
  flags: Flag[];
  evidence: Evidence[];
  /** sha256 of the file's bytes. */
  sha256: string;
  text: string;
  source: SourceRef;
}

export interface Passage extends TextSpan {
  /** `Passage:<doc-slug>:<ordinal, 4 digits>` */
  id: string;
  documentId: string;
  /** 1-based, in document order. */
  ordinal: number;
  sectionPath: string[];
  kind: PassageKind;
  /** The passage with PDF line breaks inside sentences and wrap artefact spaces removed. */
  text: string;
}

interface EntityBase {
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  evidence: Evidence[];
  flags: Flag[];
  /** Absent only for policies created from a 《…》 citation. */
  source: SourceRef | null;
  /**
   * Entities of the same type that share a name or alias with this one but are other things (江门's and 郁南's
   * 流浪乞讨人员救助管理机构建设工程 are two projects of two plans): a curator's decision, so no warning repeats it.
   */
  distinctFrom?: string[];
}

export interface Theme extends EntityBase {
  type: 'Theme';
}

export interface Programme extends EntityBase {
  type: 'Programme';
  kind: ProgrammeKind | null;
}

export interface TargetGroup extends EntityBase {
  type: 'TargetGroup';
  broader: string[];
}

export interface AdministrativeArea extends EntityBase {
  type: 'AdministrativeArea';
  level: AreaLevel | null;
  /** GB/T 2260, six digits. */
  code: string | null;
  parent: string | null;
}

export interface Institution extends EntityBase {
  type: 'Institution';
  kind: InstitutionKind | null;
  area: string | null;
  parent: string | null;
}

/** Parsed `粤民发〔2020〕142号`; parts the number does not give are null. */
export interface DocumentNumber {
  issuerCode: string | null;
  year: number | null;
  serial: number | null;
}

export interface Policy extends EntityBase {
  type: 'Policy';
  /** Same as `name`: the title without 《》. */
  title: string;
  issuer: string | null;
  number: string | null;
  parsedNumber: DocumentNumber | null;
  year: number | null;
  /** false for a policy known only from a 《…》 citation in a passage. */
  curated: boolean;
}

export interface Observation {
  year: number;
  kind: ObservationKind;
  scope: ObservationScope | null;
  value: number | null;
  comparator: Comparator | null;
  text: string | null;
  completion: string | null;
  evidence: Evidence[];
  flags: Flag[];
  source: SourceRef;
}

export interface Indicator extends EntityBase {
  type: 'Indicator';
  unit: string | null;
  category: string | null;
  attribute: IndicatorAttribute | null;
  table: { name: string; row: string | null; subRow: string | null } | null;
  area: string | null;
  measures: string[];
  /** The IndicatorConcept this series is one area's or one document's version of. */
  concept: string | null;
  observations: Observation[];
}

/** A measure printed by several areas' or documents' tables, tying their series together for comparison. */
export interface IndicatorConcept extends EntityBase {
  type: 'IndicatorConcept';
  /** The unit values are compared in. */
  unit: string | null;
  note: string | null;
}

export type Entity =
  Theme | Programme | TargetGroup | AdministrativeArea | Institution | Policy | Indicator | IndicatorConcept;

export interface Relation {
  /** `${from}|${type}|${to}`, stable across runs. */
  key: string;
  from: string;
  type: RelationType;
  to: string;
  /** One per evidence entry, in seed-file order; the same relation listed twice keeps both. */
  statements: Evidence[];
  flags: Flag[];
}

export function relationKey(from: string, type: RelationType, to: string): string {
  return `${from}|${type}|${to}`;
}

/** A 《…》 title found in a passage. Offsets cover the brackets. */
export interface Citation {
  passageId: string;
  documentId: string;
  title: string;
  policyId: string;
  startOffset: number;
  endOffset: number;
}

/** A curated entity's name or alias found in a passage. */
export interface Mention {
  passageId: string;
  documentId: string;
  entityId: string;
  surface: string;
  startOffset: number;
  endOffset: number;
}

export interface EntitiesByType {
  Theme: Theme[];
  Programme: Programme[];
  TargetGroup: TargetGroup[];
  AdministrativeArea: AdministrativeArea[];
  Institution: Institution[];
  /** Curated policies first, then those known only from citations. */
  Policy: Policy[];
  IndicatorConcept: IndicatorConcept[];
}

export interface FactSet {
  /** sha256 over every seed file and document, in sorted path order. */
  version: string;
  documents: Document[];
  passages: Passage[];
  entities: EntitiesByType;
  indicators: Indicator[];
  relations: Relation[];
  citations: Citation[];
  mentions: Mention[];
  /** `file:line: …` notes that did not fail the ingest (e.g. a quote found more than once). */
  warnings: string[];
}
