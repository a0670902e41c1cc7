/**
 * What a loader reads of the nodes it returns: the stored properties the query's selection needs (the GraphQL field
 * names come from src/graphql/selection.ts). Statements take the property names as a parameter and return the
 * values as a list in that order (`[k IN $props | n[k]]`: no key repeated per row, no Cypher built from input), and
 * DataLoader batches keys per projection, so one query's evidence is still one statement when every place asks for
 * the same fields.
 *
 * A field missing from the tables below reads nothing of its own: it resolves from the id (a relation, a list) or
 * from what is always read. Fields outside a projection stay empty in the record (never null-checked, never
 * returned); `ALL` reads everything, as the records were before projections (tests compare both).
 */

import type { RelationType } from '../model/facts';

/** Every field, whatever the selection: for tests and the bench's naive variant. */
export const ALL = 'ALL' as const;
export type Selection = ReadonlySet<string> | typeof ALL;

/** The fields selected in either place (a coverage row's `area` and `inheritedFrom` are one read). */
export function unionOf(a: Selection, b: Selection): Selection {
  return a === ALL || b === ALL ? ALL : new Set([...a, ...b]);
}

export interface Projection {
  /** The same for equal projections, different for others (a short number: it is part of every loader key). */
  signature: string;
}

/**
 * Equal projections get the same signature: a number per distinct description (subsets of the optional properties:
 * a few hundred at most).
 */
const signatures = new Map<string, string>();
function signatureOf(description: unknown): string {
  const text = JSON.stringify(description);
  let signature = signatures.get(text);
  if (signature === undefined) signatures.set(text, (signature = String(signatures.size)));
  return signature;
}

/** Stored properties of an Evidence node that every read takes. */
const EVIDENCE_ALWAYS = ['id', 'about'];

/**
 * Evidence fields that read properties of their own. The quote and note are most of what a statement weighs, but on a
 * page of statements that select one field (`statements { status }`) the ids, offsets and lines are most of it.
 */
const EVIDENCE_FIELD_PROPS: Record<string, string[]> = {
  quote: ['quote'],
  status: ['status'],
  year: ['year'],
  note: ['note'],
  implicit: ['implicit'],
  impliedBy: ['impliedBy'],
  flags: ['flagsJson'],
  startOffset: ['startOffset'],
  endOffset: ['endOffset'],
  lines: ['startLine', 'endLine'],
  // The passage and the document are found by their ids (a passage record holds its document's id too); a citation
  // names both, with the lines.
  passage: ['passageId', 'documentId'],
  sectionPath: ['passageId', 'documentId'],
  document: ['documentId'],
  citation: ['passageId', 'documentId', 'startLine', 'endLine'],
};

/** Every property an evidence read may take, each once, in the order projections list them. */
const EVIDENCE_PROPS = [...new Set([...EVIDENCE_ALWAYS, ...Object.values(EVIDENCE_FIELD_PROPS).flat()])];

/**
 * `read` in EVIDENCE_PROPS order: a projection and a union reading the same properties list them alike, so they
 * share a signature and a loader batch.
 */
function evidencePropsOf(read: ReadonlySet<string>): string[] {
  return EVIDENCE_PROPS.filter((prop) => read.has(prop));
}

/** Evidence fields built from the statement's passage (its headings) and document (title, year, issuer). */
const NEEDS_PASSAGE = new Set(['passage', 'sectionPath', 'citation']);
const NEEDS_DOCUMENT = new Set(['document', 'citation']);

/** Evidence fields served by EVIDENCE_ALWAYS. */
const EVIDENCE_ALWAYS_FIELDS = ['id', 'about'];

/**
 * The passage as a statement's context: everything but its text, source and search text (the heavy ones), and but
 * its id and document id, which the statement itself holds (passageId, documentId).
 */
export const PASSAGE_CONTEXT_PROPS = [
  'ordinal',
  'sectionPath',
  'kind',
  'startOffset',
  'endOffset',
  'startLine',
  'endLine',
];

export interface EvidenceProjection extends Projection {
  evidenceProps: string[];
  /** Read the passage (PASSAGE_CONTEXT_PROPS). */
  passage: boolean;
  /** Read the document and its issuer. */
  document: boolean;
}

/** Projections by selection: a selection is built once per field (src/graphql/selection.ts), so is its projection. */
const evidenceMemo = new WeakMap<ReadonlySet<string>, EvidenceProjection>();
const entityMemo = new WeakMap<ReadonlySet<string>, EntityProjection>();

export function evidenceProjection(selection: Selection): EvidenceProjection {
  if (selection === ALL) return evidenceProjectionOf(ALL);
  let projection = evidenceMemo.get(selection);
  if (!projection) evidenceMemo.set(selection, (projection = evidenceProjectionOf(selection)));
  return projection;
}

function evidenceProjectionOf(selection: Selection): EvidenceProjection {
  const has = (field: string) => selection === ALL || selection.has(field);
  const own = Object.entries(EVIDENCE_FIELD_PROPS).flatMap(([field, props]) => (has(field) ? props : []));
  const evidenceProps = evidencePropsOf(new Set([...EVIDENCE_ALWAYS, ...own]));
  const passage = [...NEEDS_PASSAGE].some(has);
  const document = [...NEEDS_DOCUMENT].some(has);
  return { evidenceProps, passage, document, signature: signatureOf(['evidence', evidenceProps, passage, document]) };
}

/**
 * Entity properties read only when their field is selected: the English name, aliases, flags and the indicator's
 * table columns are most of an entity's weight, and on a page of names the kinds, codes and ids of other nodes are
 * most of the rest. The ids a resolver follows (`parent` → parentId …, as REF_FIELDS in src/graphql/look-ahead.ts)
 * are read for that field.
 */
export const ENTITY_FIELD_PROPS: Record<string, string[]> = {
  curated: ['curated'],
  kind: ['kind'],
  level: ['level'],
  code: ['code'],
  title: ['title'],
  number: ['number'],
  year: ['year'],
  parent: ['parentId'],
  area: ['areaId'],
  issuer: ['issuer'],
  concept: ['conceptId'],
  nameEn: ['nameEn'],
  aliases: ['aliases'],
  flags: ['flagsJson'],
  note: ['note'],
  category: ['category'],
  attribute: ['attribute'],
  table: ['tableName', 'tableRow', 'tableSubRow'],
};

/**
 * Entity properties every read takes: the id and name, and the unit, which a comparison converts with whatever the
 * query selects of its indicators (src/graph/repositories/indicator-concepts.ts).
 */
export const ENTITY_ALWAYS_PROPS = ['id', 'name', 'unit'];

/** Entity fields served by ENTITY_ALWAYS_PROPS. */
const ENTITY_ALWAYS_FIELDS = ['id', 'name', 'unit'];

/**
 * Relation fields read from the relationship itself ([statementCount, statuses, flagsJson]): on a page of relations
 * that selects only their far nodes, those are a third of what the relations weigh.
 */
const RELATION_OWN_FIELDS = ['statementCount', 'statuses', 'flags'];

/** Relation fields served by what every relation read takes: its type, its ends and the far node. */
const RELATION_ALWAYS_FIELDS = ['type', 'key', 'node'];

/**
 * The fields a projection provides, by record: a field the default resolver reads from a record must be one of these
 * (src/graphql/projection-fields.test.ts checks the schema), else a projected read would leave it empty.
 */
export const PROJECTED_FIELDS = {
  entity: new Set([...ENTITY_ALWAYS_FIELDS, ...Object.keys(ENTITY_FIELD_PROPS)]),
  evidence: new Set([
    ...EVIDENCE_ALWAYS_FIELDS,
    ...Object.keys(EVIDENCE_FIELD_PROPS),
    ...NEEDS_PASSAGE,
    ...NEEDS_DOCUMENT,
  ]),
  relation: new Set([...RELATION_ALWAYS_FIELDS, ...RELATION_OWN_FIELDS]),
};

/**
 * Every stored entity property the records use (src/graph/records.ts toEntity), in projection order: what `ALL`
 * reads. Listed apart from the field table, so that a property the table forgets is still read when everything is,
 * and the projections test, which compares the two reads, sees the difference.
 */
export const ENTITY_PROPS = [
  'id',
  'name',
  'unit',
  'curated',
  'kind',
  'level',
  'code',
  'title',
  'number',
  'year',
  'parentId',
  'areaId',
  'issuer',
  'conceptId',
  'nameEn',
  'aliases',
  'flagsJson',
  'note',
  'category',
  'attribute',
  'tableName',
  'tableRow',
  'tableSubRow',
];

export interface EntityProjection extends Projection {
  props: string[];
}

export function entityProjection(selection: Selection): EntityProjection {
  if (selection === ALL) return entityProjectionOf(ALL);
  let projection = entityMemo.get(selection);
  if (!projection) entityMemo.set(selection, (projection = entityProjectionOf(selection)));
  return projection;
}

function entityProjectionOf(selection: Selection): EntityProjection {
  if (selection === ALL) return { props: ENTITY_PROPS, signature: signatureOf(['entity', ENTITY_PROPS]) };
  const read = new Set([
    ...ENTITY_ALWAYS_PROPS,
    ...Object.entries(ENTITY_FIELD_PROPS).flatMap(([field, props]) => (selection.has(field) ? props : [])),
  ]);
  const props = ENTITY_PROPS.filter((prop) => read.has(prop));
  return { props, signature: signatureOf(['entity', props]) };
}

/** Every stored property of an Observation node the records use (src/graph/records.ts toObservation). */
const OBSERVATION_PROPS = [
  'id',
  'indicatorId',
  'ordinal',
  'year',
  'kind',
  'scope',
  'value',
  'comparator',
  'text',
  'completion',
  'flagsJson',
];

/**
 * What a statement reads of each observation of an indicator (fragment observationsAhead): every property the record
 * uses but the indicator's id, which the row holds. Values, not a map: no property name repeated per row.
 */
export const OBSERVATION_ROW_PROPS = OBSERVATION_PROPS.filter((prop) => prop !== 'indicatorId');

/**
 * Observation properties a compared point's fields read (ComparedPoint, src/graph/repositories/indicator-concepts.ts);
 * the year and kind always. `observation` is the whole record, and reads everything.
 */
const POINT_FIELD_PROPS: Record<string, string[]> = {
  scope: ['scope'],
  value: ['value'],
  normalisedValue: ['value'],
  comparator: ['comparator'],
  text: ['text'],
  observation: OBSERVATION_PROPS,
};

export interface PointProjection extends Projection {
  props: string[];
  /** Every property: the point's `observation` record is built. */
  whole: boolean;
}

export function pointProjection(selection: Selection): PointProjection {
  const has = (field: string) => selection === ALL || selection.has(field);
  const read = new Set(['year', 'kind', ...Object.entries(POINT_FIELD_PROPS).flatMap(([f, p]) => (has(f) ? p : []))]);
  const props = OBSERVATION_PROPS.filter((prop) => read.has(prop));
  return { props, whole: has('observation'), signature: signatureOf(['point', props]) };
}

/** One projection reading what each of `projections` reads (the keys of one batch). */
export function unionOfEvidence(projections: readonly EvidenceProjection[]): EvidenceProjection {
  const distinct = [...new Set(projections)]; // a wave's keys share a few memoized projections
  const evidenceProps = evidencePropsOf(new Set(distinct.flatMap((p) => p.evidenceProps)));
  const passage = distinct.some((p) => p.passage);
  const document = distinct.some((p) => p.document);
  return { evidenceProps, passage, document, signature: signatureOf(['evidence', evidenceProps, passage, document]) };
}

export function unionOfEntity(projections: readonly EntityProjection[]): EntityProjection {
  const read = new Set([...new Set(projections)].flatMap((p) => p.props));
  const props = ENTITY_PROPS.filter((prop) => read.has(prop));
  return { props, signature: signatureOf(['entity', props]) };
}

/** The values of a `[k IN $props | n[k]]` column as a property map (nulls left out, as `properties(n)` does). */
export function zipProps(props: readonly string[], values: readonly unknown[]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  props.forEach((prop, i) => {
    if (values[i] !== null && values[i] !== undefined) map[prop] = values[i];
  });
  return map;
}

/**
 * What a relation read takes: its far node through `node`, and the relationship's own fields when `fields` (a field
 * returning nodes, or relations whose own fields are not selected, reads only its far nodes).
 */
export interface RelationProjection extends Projection {
  node: EntityProjection;
  fields: boolean;
}

const relationMemo = new Map<string, RelationProjection>();

export function relationProjection(node: EntityProjection, fields: boolean): RelationProjection {
  const memoKey = `${node.signature}|${fields}`;
  let projection = relationMemo.get(memoKey);
  if (!projection) {
    projection = { node, fields, signature: signatureOf(['relation', node.signature, fields]) };
    relationMemo.set(memoKey, projection);
  }
  return projection;
}

/** Whether a relation field's own selection reads the relationship's fields (statementCount, statuses, flags). */
export function readsRelationFields(own: Selection): boolean {
  return own === ALL || RELATION_OWN_FIELDS.some((field) => own.has(field));
}

/** What a statement reads of relations of several projections (the keys of one batch): the nodes' union, any fields. */
export function unionOfRelation(projections: readonly RelationProjection[]): { nodeProps: string[]; fields: boolean } {
  return {
    nodeProps: unionOfEntity(projections.map((p) => p.node)).props,
    fields: projections.some((p) => p.fields),
  };
}

/**
 * What a relation level reads for the query's next level, in the same statement (Loaders.relations): the relations'
 * statements, the far nodes' relations of some types, and the nodes the far nodes' properties name (parentId …).
 * Each part is read through the projection the next level's resolver will ask with, so its loads find them.
 */
export interface RelationLookAhead extends Projection {
  statements: EvidenceProjection | null;
  next: readonly NextRelations[];
  refs: readonly string[];
}

/** The far nodes' relations of one type seen in one direction, read through `projection`. */
export interface NextRelations {
  type: RelationType;
  direction: 'OUT' | 'IN';
  projection: RelationProjection;
}

export function lookAheadOf(
  statements: EvidenceProjection | null,
  next: readonly NextRelations[],
  refs: readonly string[],
): RelationLookAhead {
  if (statements === null && next.length === 0 && refs.length === 0) return NO_LOOK_AHEAD;
  const description = [statements?.signature, next.map((n) => [n.type, n.direction, n.projection.signature]), refs];
  return { statements, next, refs, signature: signatureOf(['ahead', description]) };
}

/** Nothing read ahead: the level's own statement (apiRelationsOut / In) only. */
export const NO_LOOK_AHEAD: RelationLookAhead = { statements: null, next: [], refs: [], signature: '' };
