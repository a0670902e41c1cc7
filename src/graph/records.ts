import { ENTITY_TYPES } from '../model/facts';
import type {
  AreaLevel,
  Comparator,
  DocumentKind,
  Evidence,
  EvidenceStatus,
  Flag,
  ImplicitReason,
  ImpliedBy,
  InstitutionKind,
  ObservationKind,
  ObservationScope,
  PassageKind,
  ProgrammeKind,
  RelationType,
} from '../model/facts';
import { formatCitation } from './citation';
import type { Row } from './graph';
import { zipProps } from './projection';

/**
 * The plain objects the API layer works with: one record type per GraphQL object type (codegen `mappers`
 * point here), built from the property maps the api-*.cypher statements return. `__typename` tells the
 * GraphQL `Node` interface which type a record is; foreign keys stay ids (`areaId`) and are resolved by loaders.
 */

export interface LineRange {
  start: number;
  end: number;
}

interface EntityFields {
  id: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
  flags: Flag[];
  curated: boolean;
}

export interface ThemeRecord extends EntityFields {
  __typename: 'Theme';
}

export interface ProgrammeRecord extends EntityFields {
  __typename: 'Programme';
  kind: ProgrammeKind | null;
}

export interface TargetGroupRecord extends EntityFields {
  __typename: 'TargetGroup';
}

export interface AreaRecord extends EntityFields {
  __typename: 'AdministrativeArea';
  level: AreaLevel | null;
  code: string | null;
  parentId: string | null;
}

export interface InstitutionRecord extends EntityFields {
  __typename: 'Institution';
  kind: InstitutionKind | null;
  areaId: string | null;
  parentId: string | null;
}

export interface PolicyRecord extends EntityFields {
  __typename: 'Policy';
  title: string;
  /** The issuing institution's id (the node's `issuer` property; ISSUED_BY points at the same institution). */
  issuerId: string | null;
  number: string | null;
  year: number | null;
}

export interface IndicatorRecord extends EntityFields {
  __typename: 'Indicator';
  unit: string | null;
  category: string | null;
  attribute: string | null;
  table: { name: string; row: string | null; subRow: string | null } | null;
  conceptId: string | null;
}

export interface IndicatorConceptRecord extends EntityFields {
  __typename: 'IndicatorConcept';
  unit: string | null;
  note: string | null;
}

export type EntityRecord =
  | ThemeRecord
  | ProgrammeRecord
  | TargetGroupRecord
  | AreaRecord
  | InstitutionRecord
  | PolicyRecord
  | IndicatorRecord
  | IndicatorConceptRecord;

export interface DocumentRecord {
  __typename: 'Document';
  id: string;
  title: string;
  titleEn: string | null;
  year: number | null;
  period: { from: number; to: number } | null;
  kind: DocumentKind;
  file: string;
  sourceName: string | null;
  checksum: string;
  length: number;
  areaId: string | null;
  issuerId: string | null;
  inferred: { field: string; reason: string }[];
  flags: Flag[];
}

export interface PassageRecord {
  __typename: 'Passage';
  id: string;
  documentId: string;
  ordinal: number;
  sectionPath: string[];
  kind: PassageKind;
  /** Null when the statement read the passage as context (of a statement, a citation) without its text. */
  text: string | null;
  startOffset: number;
  endOffset: number;
  lines: LineRange;
}

export interface ObservationRecord {
  __typename: 'Observation';
  id: string;
  indicatorId: string;
  ordinal: number;
  year: number;
  kind: ObservationKind;
  scope: ObservationScope | null;
  value: number | null;
  comparator: Comparator | null;
  text: string | null;
  completion: string | null;
  flags: Flag[];
}

/** A statement as the API returns it: the fact's fields (src/model/facts.ts) with its passage and document read along. */
export interface EvidenceRecord extends Pick<
  Evidence,
  'quote' | 'status' | 'year' | 'note' | 'implicit' | 'impliedBy' | 'flags'
> {
  __typename: 'Evidence';
  id: string;
  about: string;
  documentId: string;
  passageId: string;
  /**
   * Read with the evidence (README "The graph model": Evidence -IN_PASSAGE-> Passage <-HAS_PASSAGE- Document); null
   * when the loader's projection did not need them (the resolvers then read them by id).
   */
  document: DocumentRecord | null;
  passage: PassageRecord | null;
  sectionPath: string[];
  startOffset: number;
  endOffset: number;
  lines: LineRange;
  citation: string;
}

export type NodeRecord = EntityRecord | DocumentRecord | PassageRecord | ObservationRecord | EvidenceRecord;
export type NodeTypeName = NodeRecord['__typename'];
export type RecordOf<T extends NodeTypeName> = Extract<NodeRecord, { __typename: T }>;

/** A relationship seen from one end: `other` is the node at the far end, read with it. */
export interface RelationRecord {
  type: RelationType;
  key: string;
  fromId: string;
  toId: string;
  other: NodeRecord;
  /** OUT when the relation was read from its start node, IN when from its end node. */
  direction: 'OUT' | 'IN';
  statementCount: number;
  statuses: EvidenceStatus[];
  flags: Flag[];
}

export interface MentionRecord {
  entity: EntityRecord;
  passage: PassageRecord;
  surface: string;
  startOffset: number;
  endOffset: number;
}

export interface CitationRecord {
  policy: PolicyRecord;
  passage: PassageRecord;
  document: DocumentRecord;
  title: string;
  startOffset: number;
  endOffset: number;
}

/** Every API node type: the entity types of the fact model and the documents' own nodes. */
const NODE_TYPES: readonly NodeTypeName[] = ['Document', 'Passage', ...ENTITY_TYPES, 'Observation', 'Evidence'];

/** Builds the record of a node from its labels and properties; `context` is needed for Evidence only. */
export function toNodeRecord(labels: string[], props: Row, context?: unknown): NodeRecord {
  const typename = typenameOf(labels, String(props.id));
  switch (typename) {
    case 'Document':
      return toDocument(props);
    case 'Passage':
      return toPassage(props);
    case 'Observation':
      return toObservation(props);
    case 'Evidence':
      if (!context) throw new Error(`Evidence ${String(props.id)} was read without its document and passage`);
      return toEvidence(props, context);
    default:
      return toEntity(typename, props);
  }
}

/** The API type of a node from its labels (`:Node:Entity:Programme` is a Programme). */
export function typenameOf(labels: string[], id = '?'): NodeTypeName {
  const typename = NODE_TYPES.find((t) => labels.includes(t));
  if (typename === undefined) throw new Error(`node ${id} has no API type among its labels ${labels.join(':')}`);
  return typename;
}

export function toEntity(typename: EntityRecord['__typename'], p: Row): EntityRecord {
  // Object.assign, not `{ ...base, more }`: in Node 20 a spread followed by more properties takes V8's slow path,
  // 2.5 µs per entity against 0.07 µs (a page of 100 programmes with their far nodes builds hundreds).
  const base: EntityFields = {
    id: str(p, 'id'),
    name: str(p, 'name'),
    nameEn: optStr(p.nameEn),
    aliases: strList(p.aliases),
    flags: flags(p.flagsJson),
    curated: p.curated !== false,
  };
  switch (typename) {
    case 'Programme':
      return Object.assign(base, { __typename: typename, kind: optStr(p.kind) as ProgrammeKind | null });
    case 'AdministrativeArea':
      return Object.assign(base, {
        __typename: typename,
        level: optStr(p.level) as AreaLevel | null,
        code: optStr(p.code),
        parentId: optStr(p.parentId),
      });
    case 'Institution':
      return Object.assign(base, {
        __typename: typename,
        kind: optStr(p.kind) as InstitutionKind | null,
        areaId: optStr(p.areaId),
        parentId: optStr(p.parentId),
      });
    case 'Policy':
      return Object.assign(base, {
        __typename: typename,
        title: optStr(p.title) ?? base.name,
        issuerId: optStr(p.issuer),
        number: optStr(p.number),
        year: optNum(p.year),
      });
    case 'Indicator': {
      const tableName = optStr(p.tableName);
      return Object.assign(base, {
        __typename: typename,
        unit: optStr(p.unit),
        category: optStr(p.category),
        attribute: optStr(p.attribute),
        table: tableName === null ? null : { name: tableName, row: optStr(p.tableRow), subRow: optStr(p.tableSubRow) },
        conceptId: optStr(p.conceptId),
      });
    }
    case 'IndicatorConcept':
      return Object.assign(base, { __typename: typename, unit: optStr(p.unit), note: optStr(p.note) });
    case 'Theme':
    case 'TargetGroup':
      return Object.assign(base, { __typename: typename });
  }
}

export function toDocument(p: Row): DocumentRecord {
  const from = optNum(p.periodFrom);
  const to = optNum(p.periodTo);
  const inferred = p.inferredJson ? (JSON.parse(str(p, 'inferredJson')) as Record<string, string>) : {};
  return {
    __typename: 'Document',
    id: str(p, 'id'),
    title: str(p, 'title'),
    titleEn: optStr(p.titleEn),
    year: optNum(p.year),
    period: from !== null && to !== null ? { from, to } : null,
    kind: str(p, 'kind') as DocumentKind,
    file: str(p, 'file'),
    sourceName: optStr(p.sourceName),
    checksum: str(p, 'checksum'),
    length: optNum(p.length) ?? 0,
    areaId: optStr(p.areaId),
    issuerId: optStr(p.issuerId),
    inferred: Object.entries(inferred).map(([field, reason]) => ({ field, reason })),
    flags: flags(p.flagsJson),
  };
}

export function toPassage(p: Row): PassageRecord {
  return {
    __typename: 'Passage',
    id: str(p, 'id'),
    documentId: str(p, 'documentId'),
    ordinal: num(p, 'ordinal'),
    sectionPath: strList(p.sectionPath),
    kind: str(p, 'kind') as PassageKind,
    text: optStr(p.text),
    startOffset: num(p, 'startOffset'),
    endOffset: num(p, 'endOffset'),
    lines: { start: num(p, 'startLine'), end: num(p, 'endLine') },
  };
}

export function toObservation(p: Row): ObservationRecord {
  return {
    __typename: 'Observation',
    id: str(p, 'id'),
    indicatorId: str(p, 'indicatorId'),
    ordinal: num(p, 'ordinal'),
    ...toObservationValues(p),
    completion: optStr(p.completion),
    flags: flags(p.flagsJson),
  };
}

/** The values of an observation a compared point reads without its record (pointProjection: year and kind always). */
export function toObservationValues(
  p: Row,
): Pick<ObservationRecord, 'year' | 'kind' | 'scope' | 'value' | 'comparator' | 'text'> {
  return {
    year: num(p, 'year'),
    kind: str(p, 'kind') as ObservationKind,
    scope: optStr(p.scope) as ObservationScope | null,
    value: optNum(p.value),
    comparator: optStr(p.comparator) as Comparator | null,
    text: optStr(p.text),
  };
}

/**
 * An Evidence node with its `context` as apiNodesById projects it:
 * `{issuer: <issuer name>, passage: <the passage without its text>, document: properties(d)}`.
 */
export function toEvidence(p: Row, context: unknown): EvidenceRecord {
  const c = context as Row;
  return buildEvidence(p, toPassage(c.passage as Row), toDocument(c.document as Row), optStr(c.issuer));
}

/**
 * An Evidence node read through a projection (src/graph/projection.ts): `p` holds the properties read, and the
 * passage and document are null when the selection needs neither. Fields the projection did not read are left
 * empty ('' or []); the query does not select them.
 */
export function buildEvidence(
  p: Row,
  passage: PassageRecord | null,
  document: DocumentRecord | null,
  issuer: string | null,
): EvidenceRecord {
  // A property outside the read's projection (src/graph/projection.ts) stays empty: no field selected reads it.
  const lines = { start: optNum(p.startLine) ?? 0, end: optNum(p.endLine) ?? 0 };
  const citation =
    passage && document
      ? formatCitation(
          {
            issuer,
            title: document.title,
            year: document.year,
            periodFrom: document.period?.from ?? null,
            periodTo: document.period?.to ?? null,
            sectionPath: passage.sectionPath,
            inferred: document.inferred.map((i) => i.field),
          },
          lines,
        )
      : '';
  return {
    __typename: 'Evidence',
    id: str(p, 'id'),
    about: str(p, 'about'),
    quote: optStr(p.quote) ?? '',
    status: optStr(p.status) as EvidenceStatus | null,
    year: optNum(p.year),
    note: optStr(p.note),
    implicit: optStr(p.implicit) as ImplicitReason | null,
    impliedBy: optStr(p.impliedBy) as ImpliedBy | null,
    flags: flags(p.flagsJson),
    documentId: optStr(p.documentId) ?? '',
    passageId: optStr(p.passageId) ?? '',
    document,
    passage,
    sectionPath: passage?.sectionPath ?? [],
    startOffset: optNum(p.startOffset) ?? 0,
    endOffset: optNum(p.endOffset) ?? 0,
    lines,
    citation,
  };
}

/**
 * A row of apiRelationsOut / apiRelationsIn: `id` is the end the relation was read from; `fields` the relationship's
 * [statementCount, statuses, flagsJson]; the far node's API label, and its `node`, or for an entity the `values` of
 * `nodeProps` (which start with its id). The key is derived as stored (`from|TYPE|to`).
 */
export function toRelation(row: Row, direction: 'OUT' | 'IN', nodeProps: readonly string[]): RelationRecord {
  const other = toFarNode(row.labels as string[], row.values as unknown[] | null, row.node as Row | null, nodeProps);
  return relationTo(str(row, 'id'), str(row, 'type') as RelationType, row.fields as unknown[] | null, other, direction);
}

/** The far node of a relation row: an entity from the `values` of `nodeProps`, any other node from its `node`. */
export function toFarNode(
  labels: string[],
  values: unknown[] | null,
  node: Row | null,
  nodeProps: readonly string[],
): NodeRecord {
  return toNodeRecord(labels, values ? zipProps(nodeProps, values) : (node as Row));
}

/**
 * The relation of `type` read from node `id` to `other` (a record several relations may share: resolvers never change
 * records), with the relationship's `fields` [statementCount, statuses, flagsJson], or null when the read's projection
 * left them out (no selected field reads them: src/graph/projection.ts).
 */
export function relationTo(
  id: string,
  type: RelationType,
  fields: unknown[] | null,
  other: NodeRecord,
  direction: 'OUT' | 'IN',
): RelationRecord {
  const [statementCount, statuses, flagsJson] = fields ?? [];
  const [fromId, toId] = direction === 'OUT' ? [id, other.id] : [other.id, id];
  return {
    type,
    key: `${fromId}|${type}|${toId}`,
    fromId,
    toId,
    other,
    direction,
    statementCount: optNum(statementCount) ?? 0,
    statuses: strList(statuses) as EvidenceStatus[],
    flags: flags(flagsJson),
  };
}

function flags(json: unknown): Flag[] {
  return typeof json === 'string' && json !== '' ? (JSON.parse(json) as Flag[]) : [];
}

/** A required string property; a node without it breaks the graph model (cypher/README.md). */
function str(props: Row, key: string): string {
  const value = props[key];
  if (typeof value !== 'string') {
    throw new Error(`${String(props.id ?? 'a row')}: expected a string ${key}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optStr(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A required number property. */
function num(props: Row, key: string): number {
  const value = props[key];
  if (typeof value !== 'number') {
    throw new Error(`${String(props.id ?? 'a row')}: expected a number ${key}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function optNum(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function strList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
