import type { AdministrativeAreaResolvers } from '../../generated/graphql';
import { entityFields, neighbours, only, relationsOf } from './shared';

/** PART_OF points from the child area to its parent. */
export const AdministrativeArea: AdministrativeAreaResolvers = {
  ...entityFields,
  parent: (a, _args, ctx) => ctx.loaders.maybeNodeAs('AdministrativeArea', a.parentId),
  children: async (a, _args, ctx) => only('AdministrativeArea', await neighbours(ctx, 'PART_OF', 'IN', a.id)),
  ancestors: (a, _args, ctx) => ctx.loaders.ancestors.load(a.id),
  institutions: (a, _args, ctx) => ctx.loaders.institutionsInArea.load(a.id),
  programmes: (a, _args, ctx) => relationsOf(ctx, 'COVERS', 'IN', a.id),
  indicators: (a, _args, ctx) => relationsOf(ctx, 'FOR_AREA', 'IN', a.id),
  // A document names neighbours in one direction; either end sees the other.
  borders: async (a, _args, ctx) => [
    ...(await relationsOf(ctx, 'BORDERS', 'OUT', a.id)),
    ...(await relationsOf(ctx, 'BORDERS', 'IN', a.id)),
  ],
};
