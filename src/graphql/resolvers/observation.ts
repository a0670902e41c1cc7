import type { ObservationResolvers } from '../../generated/graphql';
import { statementsAbout } from './shared';

export const Observation: ObservationResolvers = {
  indicator: (o, _args, ctx) => ctx.loaders.nodeAs('Indicator', o.indicatorId),
  evidence: (o, _args, ctx, info) => statementsAbout(ctx, o.id, info),
};
