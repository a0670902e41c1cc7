import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Direction, PageRelationField } from '../graph/loaders';
import {
  ALL,
  entityProjection,
  evidenceProjection,
  lookAheadOf,
  NO_LOOK_AHEAD,
  readsRelationFields,
  relationProjection,
  type EvidenceProjection,
  type NextRelations,
  type RelationLookAhead,
  type RelationProjection,
  type Selection,
} from '../graph/projection';
import type { RelationType } from '../model/facts';
import type { ObservationFilter } from '../graph/trace';
import { selectedFieldNodes } from './selection';

/**
 * What a relation field reads ahead for the query's next level (Loaders.relations, cypher fragment relationsAhead):
 * the relations' `statements`, the far nodes' relation fields and the nodes their id properties name (`parent`). A
 * page of 100 programmes with their groups, each group's broader groups and each relation's statements is then two
 * statements (the page, the relations with all the rest), not four waves.
 *
 * The tables say how the resolvers of src/graphql/resolvers/ read each field. A field missing here, or read otherwise,
 * is still answered: its resolver finds nothing read ahead and asks its loader, one statement more (the round-trips
 * test counts them for the nested page).
 */
interface RelationField {
  type: RelationType;
  direction: Direction;
  /** `relations` fields return relations (their far node under `node`), `nodes` fields the far nodes themselves. */
  returns: 'relations' | 'nodes';
}

const relations = (type: RelationType, direction: Direction): RelationField => ({
  type,
  direction,
  returns: 'relations',
});
const nodes = (type: RelationType, direction: Direction): RelationField => ({ type, direction, returns: 'nodes' });

/** Fields resolved by relationsOf / neighbours (shared.ts), by node type. */
export const RELATION_FIELDS: Record<string, Record<string, RelationField>> = {
  Programme: {
    targetGroups: relations('SERVES', 'OUT'),
    areas: relations('COVERS', 'OUT'),
    institutions: relations('RUN_BY', 'OUT'),
    themes: relations('PART_OF', 'OUT'),
    policies: relations('GOVERNED_BY', 'OUT'),
    indicators: relations('MEASURES', 'IN'),
    broader: relations('BROADER', 'OUT'),
    narrower: relations('BROADER', 'IN'),
    succeeds: relations('SUCCEEDS', 'OUT'),
    succeededBy: relations('SUCCEEDS', 'IN'),
  },
  TargetGroup: {
    broader: nodes('BROADER', 'OUT'),
    narrower: nodes('BROADER', 'IN'),
    programmes: relations('SERVES', 'IN'),
  },
  AdministrativeArea: {
    children: nodes('PART_OF', 'IN'),
    programmes: relations('COVERS', 'IN'),
    indicators: relations('FOR_AREA', 'IN'),
  },
  Theme: { programmes: relations('PART_OF', 'IN'), indicators: relations('MEASURES', 'IN') },
  Institution: {
    programmes: relations('RUN_BY', 'IN'),
    documents: nodes('ISSUED_BY', 'IN'),
    policies: nodes('ISSUED_BY', 'IN'),
  },
  Indicator: {
    measures: relations('MEASURES', 'OUT'),
    area: nodes('FOR_AREA', 'OUT'),
    forArea: relations('FOR_AREA', 'OUT'),
  },
  IndicatorConcept: { indicators: relations('OF_CONCEPT', 'IN') },
  Policy: { programmes: relations('GOVERNED_BY', 'IN') },
};

/** Fields resolved by the node a stored property names (Loaders.maybeNodeAs), by node type: field → property. */
export const REF_FIELDS: Record<string, Record<string, string>> = {
  AdministrativeArea: { parent: 'parentId' },
  Institution: { area: 'areaId', parent: 'parentId' },
  Policy: { issuer: 'issuer' },
  Indicator: { concept: 'conceptId' },
};

/**
 * What a relation field reads of its relations (`select` is relative to the field): its far nodes (at ['node'] for a
 * field returning relations, the field itself for one returning nodes), and for relations their own fields when
 * selected. The field's resolver (shared.ts) and the level above that reads it ahead ask through this one projection,
 * so the primed read is found.
 */
export function relationRead(
  select: (path: readonly string[]) => Selection,
  returnsRelations: boolean,
): RelationProjection {
  const node = entityProjection(select(returnsRelations ? ['node'] : []));
  return relationProjection(node, returnsRelations && readsRelationFields(select([])));
}

/**
 * The look-ahead of the relation field `info` resolves, whose far nodes are at `nodePath` below it (['node'] for a
 * field returning relations, [] for one returning nodes). `select` is shared.ts's selection (everything when the
 * context reads everything, in which case nothing is read ahead: the naive reads stay naive).
 */
export function lookAhead(
  info: GraphQLResolveInfo,
  nodePath: readonly string[],
  select: (path: readonly string[]) => Selection,
): RelationLookAhead {
  const own = select([]);
  const far = select(nodePath);
  if (own === ALL || far === ALL) return NO_LOOK_AHEAD;
  // Every item of a list shares `fieldNodes` (selection.ts): worked out once per field.
  let byPath = memo.get(info.fieldNodes);
  if (!byPath) memo.set(info.fieldNodes, (byPath = new Map()));
  let ahead = byPath.get(nodePath.join('.'));
  if (!ahead) byPath.set(nodePath.join('.'), (ahead = lookAheadFor(info.returnType, nodePath, select, own, far)));
  return ahead;
}

const memo = new WeakMap<readonly FieldNode[], Map<string, RelationLookAhead>>();

function lookAheadFor(
  returnType: GraphQLOutputType,
  nodePath: readonly string[],
  select: (path: readonly string[]) => Selection,
  own: ReadonlySet<string>,
  far: ReadonlySet<string>,
): RelationLookAhead {
  const statements = nodePath.length > 0 && own.has('statements') ? evidenceProjection(select(['statements'])) : null;
  const typename = farNodeType(returnType);
  const next: NextRelations[] = [];
  const refs: string[] = [];
  for (const [field, relation] of Object.entries(RELATION_FIELDS[typename ?? ''] ?? {})) {
    if (!far.has(field)) continue;
    const projection = relationRead((path) => select([...nodePath, field, ...path]), relation.returns === 'relations');
    next.push({ type: relation.type, direction: relation.direction, projection });
  }
  for (const [field, property] of Object.entries(REF_FIELDS[typename ?? ''] ?? {})) {
    if (far.has(field)) refs.push(property);
  }
  return lookAheadOf(statements, next, refs);
}

/**
 * The relation fields of a page's nodes (at `nodePath` below the page field `info` resolves: ['edges', 'node']) that
 * the page statement reads ahead, each as its resolver will ask Loaders.relations (relationsOf, neighbours): the
 * outgoing ones the query selects. None when the context reads everything.
 */
export function pageRelationFields(
  info: GraphQLResolveInfo,
  nodePath: readonly string[],
  select: (path: readonly string[]) => Selection,
): PageRelationField[] {
  const nodes = select(nodePath);
  const type = typeAt(info.returnType, nodePath);
  if (nodes === ALL || !type) return [];
  return Object.entries(RELATION_FIELDS[type.name] ?? {}).flatMap(([field, relation]) => {
    if (relation.direction !== 'OUT' || !nodes.has(field)) return [];
    const fieldSelect = (path: readonly string[]) => select([...nodePath, field, ...path]);
    const farPath = relation.returns === 'relations' ? ['node'] : [];
    const own = fieldSelect([]);
    const far = fieldSelect(farPath);
    if (own === ALL || far === ALL) return [];
    const returnType = type.getFields()[field]!.type;
    const ahead = lookAheadFor(returnType, farPath, fieldSelect, own, far);
    return [{ type: relation.type, projection: relationRead(fieldSelect, relation.returns === 'relations'), ahead }];
  });
}

/**
 * The observations a page of indicators (at `nodePath` below the page field `info` resolves) reads ahead, as
 * Indicator.observations will ask for them: their filter (the field's year, kind and scope arguments) and the
 * projection of their evidence (null: not selected). Null when the query does not select them, when two aliases
 * filter them differently, or when the context reads everything: the field's loader then reads them.
 */
export function pageObservations(
  info: GraphQLResolveInfo,
  nodePath: readonly string[],
  select: (path: readonly string[]) => Selection,
): { evidence: EvidenceProjection | null; only: ObservationFilter } | null {
  const nodes = select(nodePath);
  const definition = typeAt(info.returnType, nodePath)?.getFields().observations;
  if (nodes === ALL || !nodes.has('observations') || !definition) return null;
  const filters = selectedFieldNodes(info, nodePath, 'observations').map(
    (node) => getArgumentValues(definition, node, info.variableValues) as ObservationFilter,
  );
  const only = filters[0] ?? {};
  const same = (f: ObservationFilter) => f.year === only.year && f.kind === only.kind && f.scope === only.scope;
  if (!filters.every(same)) return null;
  const evidence = statementsAhead('evidence', (path) => select([...nodePath, 'observations', ...path]));
  return { evidence, only };
}

/** The object type at `path` below a field of type `type`; null where the path leaves object types. */
function typeAt(type: GraphQLOutputType, path: readonly string[]): GraphQLObjectType | null {
  let current = getNamedType(type);
  for (const field of path) {
    if (!isObjectType(current)) return null;
    const next = current.getFields()[field];
    if (!next) return null;
    current = getNamedType(next.type);
  }
  return isObjectType(current) ? current : null;
}

/** The object type of the far nodes: the field's type, or its relation type's `node`; null for an interface. */
function farNodeType(returnType: GraphQLOutputType): string | null {
  const type = getNamedType(returnType);
  if (!isObjectType(type)) return null;
  const node = type.name.endsWith('Relation') ? type.getFields().node : undefined;
  if (!node) return type.name;
  const nodeType = getNamedType(node.type);
  return isObjectType(nodeType) ? nodeType.name : null;
}

/**
 * The projection a list field's items read their `field` (their statements or evidence) through, when the query
 * selects it and the list's statement can read it ahead (coverage rows, observations); null otherwise.
 */
export function statementsAhead(
  field: string,
  select: (path: readonly string[]) => Selection,
): EvidenceProjection | null {
  const items = select([]);
  return items !== ALL && items.has(field) ? evidenceProjection(select([field])) : null;
}
