import type { InstitutionResolvers } from '../../generated/graphql';
import { entityFields, neighbours, only, relationsOf } from './shared';

/** ISSUED_BY comes from documents and policies alike: one fetch, split by type. */
export const Institution: InstitutionResolvers = {
  ...entityFields,
  area: (i, _args, ctx) => ctx.loaders.maybeNodeAs('AdministrativeArea', i.areaId),
  parent: (i, _args, ctx) => ctx.loaders.maybeNodeAs('Institution', i.parentId),
  programmes: (i, _args, ctx, info) => relationsOf(ctx, 'RUN_BY', 'IN', i.id, info),
  documents: (i, _args, ctx, info) => only('Document', neighbours(ctx, 'ISSUED_BY', 'IN', i.id, info)),
  policies: (i, _args, ctx, info) => only('Policy', neighbours(ctx, 'ISSUED_BY', 'IN', i.id, info)),
};
