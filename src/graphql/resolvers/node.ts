import type { EntityResolvers, MeasuredResolvers, NodeResolvers, RelationResolvers } from '../../generated/graphql';
import type { RelationRecord } from '../../graph/records';

/** Records carry their GraphQL type in `__typename` (src/graph/records.ts). */
export const Node: NodeResolvers = {
  __resolveType: (record) => record.__typename,
};

export const Entity: EntityResolvers = {
  __resolveType: (record) => record.__typename,
};

export const Measured: MeasuredResolvers = {
  __resolveType: (record) => record.__typename,
};

const RELATION_TYPE_BY_NODE = {
  Programme: 'ProgrammeRelation',
  TargetGroup: 'TargetGroupRelation',
  AdministrativeArea: 'AreaRelation',
  Institution: 'InstitutionRelation',
  Theme: 'ThemeRelation',
  Policy: 'PolicyRelation',
  Indicator: 'IndicatorRelation',
} as const;

/** The relation type is named after the node at the far end; MEASURES read from the indicator is a MeasuredRelation. */
export const Relation: RelationResolvers = {
  __resolveType: (relation: RelationRecord) => {
    if (relation.type === 'MEASURES' && relation.direction === 'OUT') return 'MeasuredRelation';
    const name = RELATION_TYPE_BY_NODE[relation.other.__typename as keyof typeof RELATION_TYPE_BY_NODE];
    if (!name) throw new Error(`no relation type for a ${relation.type} to a ${relation.other.__typename}`);
    return name;
  },
};
