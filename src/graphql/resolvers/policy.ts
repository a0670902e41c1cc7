import type { PolicyResolvers } from '../../generated/graphql';
import { entityFields, relationsOf } from './shared';

export const Policy: PolicyResolvers = {
  ...entityFields,
  programmes: (p, _args, ctx) => relationsOf(ctx, 'GOVERNED_BY', 'IN', p.id),
  citedBy: (p, _args, ctx) => ctx.loaders.citedBy.load(p.id),
};
