import type { GraphQLResolveInfo } from 'graphql';
import type { RelationType } from '../../model/facts';
import type { Direction } from '../../graph/loaders';
import { ALL, evidenceProjection, type Selection } from '../../graph/projection';
import type { EvidenceRecord, NodeRecord, RelationRecord } from '../../graph/records';
import { andThen, type MaybePromise } from '../../graph/maybe-promise';
import type { Context } from '../context';
import { lookAhead, relationRead } from '../look-ahead';
import { selectedFields } from '../selection';

/** Fields every entity type resolves the same way. */
export const entityFields = {
  evidence: (entity: { id: string }, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
    statementsAbout(ctx, entity.id, info),
};

/** What the query selects on this field's result (or below it, along `path`); everything when the context says so. */
export function selection(ctx: Context, info: GraphQLResolveInfo, path: readonly string[] = []): Selection {
  return ctx.readAll ? ALL : selectedFields(info, path);
}

/** The evidence of a node, or the statements of a relation (by its key), reading what `info` selects of them. */
export function statementsAbout(ctx: Context, about: string, info: GraphQLResolveInfo): MaybePromise<EvidenceRecord[]> {
  const projection = perField(ctx, info, 'statements', () => evidenceProjection(selection(ctx, info)));
  return ctx.loaders.evidence(about, projection);
}

/** Relations of one type seen from one end of the given node, reading what `info` selects of them (relationRead). */
export function relationsOf(
  ctx: Context,
  type: RelationType,
  direction: Direction,
  id: string,
  info: GraphQLResolveInfo,
): MaybePromise<RelationRecord[]> {
  const { read, ahead } = perField(ctx, info, 'relations', () => {
    const select = (path: readonly string[]) => selection(ctx, info, path);
    return { read: relationRead(select, true), ahead: lookAhead(info, ['node'], select) };
  });
  return ctx.loaders.relations(type, direction, id, read, ahead);
}

/** The nodes at the far end of a node's relations of one type, reading what `info` selects of them. */
export function neighbours(
  ctx: Context,
  type: RelationType,
  direction: Direction,
  id: string,
  info: GraphQLResolveInfo,
): MaybePromise<NodeRecord[]> {
  const { read, ahead } = perField(ctx, info, 'neighbours', () => {
    const select = (path: readonly string[]) => selection(ctx, info, path);
    return { read: relationRead(select, false), ahead: lookAhead(info, [], select) };
  });
  const relations = ctx.loaders.relations(type, direction, id, read, ahead);
  return andThen(relations, (list) => list.map((relation) => relation.other));
}

/**
 * What a resolver derives from its field's selection, once per request and field rather than once per item: every
 * item of a list resolves the field with the same AST nodes (`info.fieldNodes`, the same array in graphql-js and
 * graphql-jit) and the request's variables, so the page of 100 programmes computed the same projections 100 times
 * per relation field. Keyed by the request's context, then the nodes, then `kind` (what is derived).
 */
function perField<T>(ctx: Context, info: GraphQLResolveInfo, kind: string, derive: () => T): T {
  let byNodes = derivedPerField.get(ctx);
  if (byNodes === undefined) derivedPerField.set(ctx, (byNodes = new WeakMap()));
  let byKind = byNodes.get(info.fieldNodes);
  if (byKind === undefined) byNodes.set(info.fieldNodes, (byKind = new Map()));
  if (!byKind.has(kind)) byKind.set(kind, derive());
  return byKind.get(kind) as T;
}

const derivedPerField = new WeakMap<Context, WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, unknown>>>();

/** Narrows loaded nodes to one type (the graph model guarantees the type; this keeps the compiler honest). */
export function only<T extends NodeRecord['__typename']>(
  typename: T,
  nodes: MaybePromise<NodeRecord[]>,
): MaybePromise<Extract<NodeRecord, { __typename: T }>[]> {
  return andThen(nodes, (list) =>
    list.filter((node): node is Extract<NodeRecord, { __typename: T }> => node.__typename === typename),
  );
}
