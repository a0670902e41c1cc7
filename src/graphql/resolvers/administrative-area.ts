import type { AdministrativeAreaResolvers } from '../../generated/graphql';
import { entityFields, neighbours, only, relationsOf } from './shared';

/** PART_OF points from the child area to its parent. */
export const AdministrativeArea: AdministrativeAreaResolvers = {
  ...entityFields,
  parent: (a, _args, ctx) => ctx.loaders.maybeNodeAs('AdministrativeArea', a.parentId),
  children: (a, _args, ctx, info) => only('AdministrativeArea', neighbours(ctx, 'PART_OF', 'IN', a.id, info)),
  ancestors: (a, _args, ctx) => ctx.loaders.ancestors.load(a.id),
  institutions: (a, _args, ctx) => ctx.loaders.institutionsInArea.load(a.id),
  programmes: (a, _args, ctx, info) => relationsOf(ctx, 'COVERS', 'IN', a.id, info),
  indicators: (a, _args, ctx, info) => relationsOf(ctx, 'FOR_AREA', 'IN', a.id, info),
  // A document names neighbours in one direction; either end sees the other.
  borders: async (a, _args, ctx, info) => [
    ...(await relationsOf(ctx, 'BORDERS', 'OUT', a.id, info)),
    ...(await relationsOf(ctx, 'BORDERS', 'IN', a.id, info)),
  ],
};
