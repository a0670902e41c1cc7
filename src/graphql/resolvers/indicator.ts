import type { IndicatorConceptResolvers, IndicatorResolvers } from '../../generated/graphql';
import { andThen } from '../../graph/maybe-promise';
import { filterObservations, traceIndicator } from '../../graph/trace';
import { statementsAhead } from '../look-ahead';
import { entityFields, neighbours, only, relationsOf, selection } from './shared';

export const Indicator: IndicatorResolvers = {
  ...entityFields,
  measures: (i, _args, ctx, info) => relationsOf(ctx, 'MEASURES', 'OUT', i.id, info),
  // One shape for one idea: `area` is the node everywhere; the relation and its statements are `forArea`.
  area: (i, _args, ctx, info) =>
    andThen(only('AdministrativeArea', neighbours(ctx, 'FOR_AREA', 'OUT', i.id, info)), (areas) => areas[0] ?? null),
  forArea: (i, _args, ctx, info) => andThen(relationsOf(ctx, 'FOR_AREA', 'OUT', i.id, info), (r) => r[0] ?? null),
  // Their evidence, when selected, is read with them.
  observations: (i, args, ctx, info) =>
    andThen(
      ctx.loaders.observationsOf(
        i.id,
        statementsAhead('evidence', (path) => selection(ctx, info, path)),
        args,
      ),
      (observations) => filterObservations(observations, args),
    ),
  trace: (i, args, ctx) => traceIndicator(ctx.loaders, i.id, args),
  concept: (i, _args, ctx) => ctx.loaders.maybeNodeAs('IndicatorConcept', i.conceptId),
};

export const IndicatorConcept: IndicatorConceptResolvers = {
  ...entityFields,
  indicators: (c, _args, ctx, info) => relationsOf(ctx, 'OF_CONCEPT', 'IN', c.id, info),
};
