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
  return ctx.loaders.evidence(about, evidenceProjection(selection(ctx, info)));
}

/** Relations of one type seen from one end of the given node, reading what `info` selects of them (relationRead). */
export function relationsOf(
  ctx: Context,
  type: RelationType,
  direction: Direction,
  id: string,
  info: GraphQLResolveInfo,
): MaybePromise<RelationRecord[]> {
  const select = (path: readonly string[]) => selection(ctx, info, path);
  return ctx.loaders.relations(type, direction, id, relationRead(select, true), lookAhead(info, ['node'], select));
}

/** The nodes at the far end of a node's relations of one type, reading what `info` selects of them. */
export function neighbours(
  ctx: Context,
  type: RelationType,
  direction: Direction,
  id: string,
  info: GraphQLResolveInfo,
): MaybePromise<NodeRecord[]> {
  const select = (path: readonly string[]) => selection(ctx, info, path);
  const relations = ctx.loaders.relations(
    type,
    direction,
    id,
    relationRead(select, false),
    lookAhead(info, [], select),
  );
  return andThen(relations, (list) => list.map((relation) => relation.other));
}

/** Narrows loaded nodes to one type (the graph model guarantees the type; this keeps the compiler honest). */
export function only<T extends NodeRecord['__typename']>(
  typename: T,
  nodes: MaybePromise<NodeRecord[]>,
): MaybePromise<Extract<NodeRecord, { __typename: T }>[]> {
  return andThen(nodes, (list) =>
    list.filter((node): node is Extract<NodeRecord, { __typename: T }> => node.__typename === typename),
  );
}
