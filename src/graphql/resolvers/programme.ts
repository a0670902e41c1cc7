import type { ProgrammeResolvers } from '../../generated/graphql';
import { entityFields, relationsOf } from './shared';

export const Programme: ProgrammeResolvers = {
  ...entityFields,
  targetGroups: (p, _args, ctx) => relationsOf(ctx, 'SERVES', 'OUT', p.id),
  areas: (p, _args, ctx) => relationsOf(ctx, 'COVERS', 'OUT', p.id),
  institutions: (p, _args, ctx) => relationsOf(ctx, 'RUN_BY', 'OUT', p.id),
  themes: (p, _args, ctx) => relationsOf(ctx, 'PART_OF', 'OUT', p.id),
  policies: (p, _args, ctx) => relationsOf(ctx, 'GOVERNED_BY', 'OUT', p.id),
  indicators: (p, _args, ctx) => relationsOf(ctx, 'MEASURES', 'IN', p.id),
  broader: (p, _args, ctx) => relationsOf(ctx, 'BROADER', 'OUT', p.id),
  narrower: (p, _args, ctx) => relationsOf(ctx, 'BROADER', 'IN', p.id),
  succeeds: (p, _args, ctx) => relationsOf(ctx, 'SUCCEEDS', 'OUT', p.id),
  succeededBy: (p, _args, ctx) => relationsOf(ctx, 'SUCCEEDS', 'IN', p.id),
};
