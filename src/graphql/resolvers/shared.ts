import type { RelationType } from '../../model/facts';
import type { Direction } from '../../graph/loaders';
import type { NodeRecord, RelationRecord } from '../../graph/records';
import type { Context } from '../context';

/** Fields every entity type resolves the same way. */
export const entityFields = {
  evidence: (entity: { id: string }, _args: unknown, ctx: Context) => ctx.loaders.evidence.load(entity.id),
};

/** Relations of one type seen from one end of the given node. */
export function relationsOf(
  ctx: Context,
  type: RelationType,
  direction: Direction,
  id: string,
): Promise<RelationRecord[]> {
  return ctx.loaders.relations(type, direction).load(id);
}

/** The nodes at the far end of a node's relations of one type. */
export async function neighbours(
  ctx: Context,
  type: RelationType,
  direction: Direction,
  id: string,
): Promise<NodeRecord[]> {
  return (await relationsOf(ctx, type, direction, id)).map((relation) => relation.other);
}

/** Narrows loaded nodes to one type (the graph model guarantees the type; this keeps the compiler honest). */
export function only<T extends NodeRecord['__typename']>(
  typename: T,
  nodes: NodeRecord[],
): Extract<NodeRecord, { __typename: T }>[] {
  return nodes.filter((node): node is Extract<NodeRecord, { __typename: T }> => node.__typename === typename);
}
