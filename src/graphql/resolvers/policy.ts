import type { PolicyResolvers } from '../../generated/graphql';
import { entityFields, relationsOf } from './shared';

export const Policy: PolicyResolvers = {
  ...entityFields,
  // The node, as Document.issuer is; the id alone was this field's type before (schema/taxonomy.graphql).
  issuer: (p, _args, ctx) => ctx.loaders.maybeNodeAs('Institution', p.issuerId),
  programmes: (p, _args, ctx, info) => relationsOf(ctx, 'GOVERNED_BY', 'IN', p.id, info),
  citedBy: (p, _args, ctx) => ctx.loaders.citedBy.load(p.id),
};
