import type { TargetGroupResolvers } from '../../generated/graphql';
import { entityFields, neighbours, only, relationsOf } from './shared';

/** BROADER points from the narrower group to the broader one. */
export const TargetGroup: TargetGroupResolvers = {
  ...entityFields,
  broader: (g, _args, ctx, info) => only('TargetGroup', neighbours(ctx, 'BROADER', 'OUT', g.id, info)),
  narrower: (g, _args, ctx, info) => only('TargetGroup', neighbours(ctx, 'BROADER', 'IN', g.id, info)),
  programmes: (g, _args, ctx, info) => relationsOf(ctx, 'SERVES', 'IN', g.id, info),
};
