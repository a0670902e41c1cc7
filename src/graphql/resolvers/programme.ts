import type { ProgrammeResolvers } from '../../generated/graphql';
import { entityFields, relationsOf } from './shared';

export const Programme: ProgrammeResolvers = {
  ...entityFields,
  targetGroups: (p, _args, ctx, info) => relationsOf(ctx, 'SERVES', 'OUT', p.id, info),
  areas: (p, _args, ctx, info) => relationsOf(ctx, 'COVERS', 'OUT', p.id, info),
  institutions: (p, _args, ctx, info) => relationsOf(ctx, 'RUN_BY', 'OUT', p.id, info),
  themes: (p, _args, ctx, info) => relationsOf(ctx, 'PART_OF', 'OUT', p.id, info),
  policies: (p, _args, ctx, info) => relationsOf(ctx, 'GOVERNED_BY', 'OUT', p.id, info),
  indicators: (p, _args, ctx, info) => relationsOf(ctx, 'MEASURES', 'IN', p.id, info),
  broader: (p, _args, ctx, info) => relationsOf(ctx, 'BROADER', 'OUT', p.id, info),
  narrower: (p, _args, ctx, info) => relationsOf(ctx, 'BROADER', 'IN', p.id, info),
  succeeds: (p, _args, ctx, info) => relationsOf(ctx, 'SUCCEEDS', 'OUT', p.id, info),
  succeededBy: (p, _args, ctx, info) => relationsOf(ctx, 'SUCCEEDS', 'IN', p.id, info),
};
