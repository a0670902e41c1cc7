import type { ThemeResolvers } from '../../generated/graphql';
import { entityFields, relationsOf } from './shared';

export const Theme: ThemeResolvers = {
  ...entityFields,
  programmes: (t, _args, ctx, info) => relationsOf(ctx, 'PART_OF', 'IN', t.id, info),
  indicators: (t, _args, ctx, info) => relationsOf(ctx, 'MEASURES', 'IN', t.id, info),
};
