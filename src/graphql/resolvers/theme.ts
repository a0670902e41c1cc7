import type { ThemeResolvers } from '../../generated/graphql';
import { entityFields, relationsOf } from './shared';

export const Theme: ThemeResolvers = {
  ...entityFields,
  programmes: (t, _args, ctx) => relationsOf(ctx, 'PART_OF', 'IN', t.id),
  indicators: (t, _args, ctx) => relationsOf(ctx, 'MEASURES', 'IN', t.id),
};
