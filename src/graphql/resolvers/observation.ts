import type { ObservationResolvers } from '../../generated/graphql';

export const Observation: ObservationResolvers = {
  indicator: (o, _args, ctx) => ctx.loaders.nodeAs('Indicator', o.indicatorId),
  evidence: (o, _args, ctx) => ctx.loaders.evidence.load(o.id),
};
