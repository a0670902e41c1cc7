import type { DocumentResolvers } from '../../generated/graphql';
import { passagePageKey } from '../../graph/repositories/documents';
import { pageRequest } from '../../graph/pagination';
import { entityFields } from './shared';

export const Document: DocumentResolvers = {
  evidence: entityFields.evidence,
  issuer: (d, _args, ctx) => ctx.loaders.maybeNodeAs('Institution', d.issuerId),
  area: (d, _args, ctx) => ctx.loaders.maybeNodeAs('AdministrativeArea', d.areaId),
  passages: (d, args, ctx) =>
    ctx.loaders.passagePages.load(passagePageKey(d.id, pageRequest(args.first, args.after, ctx, { passagesOf: d.id }))),
};
