import type { GraphQLResolveInfo } from 'graphql';
import type {
  AreaRelationResolvers,
  IndicatorRelationResolvers,
  InstitutionRelationResolvers,
  MeasuredRelationResolvers,
  PolicyRelationResolvers,
  ProgrammeRelationResolvers,
  TargetGroupRelationResolvers,
  ThemeRelationResolvers,
} from '../../generated/graphql';
import type { NodeRecord, NodeTypeName, RecordOf, RelationRecord } from '../../graph/records';
import type { Context } from '../context';
import { statementsAbout } from './shared';

/** A relation's statements are the Evidence nodes carrying its key in `about`. */
const statements = (relation: RelationRecord, _args: unknown, ctx: Context, info: GraphQLResolveInfo) =>
  statementsAbout(ctx, relation.key, info);

export const ProgrammeRelation: ProgrammeRelationResolvers = {
  node: (r) => expectType('Programme', r),
  statements,
};

export const TargetGroupRelation: TargetGroupRelationResolvers = {
  node: (r) => expectType('TargetGroup', r),
  statements,
};

export const AreaRelation: AreaRelationResolvers = {
  node: (r) => expectType('AdministrativeArea', r),
  statements,
};

export const InstitutionRelation: InstitutionRelationResolvers = {
  node: (r) => expectType('Institution', r),
  statements,
};

export const ThemeRelation: ThemeRelationResolvers = {
  node: (r) => expectType('Theme', r),
  statements,
};

export const PolicyRelation: PolicyRelationResolvers = {
  node: (r) => expectType('Policy', r),
  statements,
};

export const IndicatorRelation: IndicatorRelationResolvers = {
  node: (r) => expectType('Indicator', r),
  statements,
};

export const MeasuredRelation: MeasuredRelationResolvers = {
  node: (r) => {
    if (r.other.__typename !== 'Theme' && r.other.__typename !== 'Programme') throw wrongType('Programme or Theme', r);
    return r.other;
  },
  statements,
};

/** The far node of a relation, which the graph model says is a `typename`. */
function expectType<T extends NodeTypeName>(typename: T, relation: RelationRecord): RecordOf<T> {
  if (relation.other.__typename !== typename) throw wrongType(typename, relation);
  return relation.other as RecordOf<T>;
}

function wrongType(expected: string, relation: RelationRecord & { other: NodeRecord }): Error {
  return new Error(`${relation.key}: the far end is a ${relation.other.__typename}, expected a ${expected}`);
}
