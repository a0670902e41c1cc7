import type { IndicatorConceptResolvers, IndicatorResolvers } from '../../generated/graphql';
import { filterObservations, traceIndicator } from '../../graph/trace';
import { entityFields, relationsOf } from './shared';

export const Indicator: IndicatorResolvers = {
  ...entityFields,
  measures: (i, _args, ctx) => relationsOf(ctx, 'MEASURES', 'OUT', i.id),
  area: async (i, _args, ctx) => (await relationsOf(ctx, 'FOR_AREA', 'OUT', i.id))[0] ?? null,
  observations: async (i, args, ctx) => filterObservations(await ctx.loaders.observations.load(i.id), args),
  trace: (i, args, ctx) => traceIndicator(ctx.loaders, i.id, args),
  concept: (i, _args, ctx) => ctx.loaders.maybeNodeAs('IndicatorConcept', i.conceptId),
};

export const IndicatorConcept: IndicatorConceptResolvers = {
  ...entityFields,
  indicators: (c, _args, ctx) => relationsOf(ctx, 'OF_CONCEPT', 'IN', c.id),
};
