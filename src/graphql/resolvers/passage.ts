import type { PassageResolvers } from '../../generated/graphql';

export const Passage: PassageResolvers = {
  document: (p, _args, ctx) => ctx.loaders.nodeAs('Document', p.documentId),
  mentions: (p, _args, ctx) => ctx.loaders.mentions.load(p.id),
  cites: (p, _args, ctx) => ctx.loaders.cites.load(p.id),
  statements: (p, _args, ctx) => ctx.loaders.passageEvidence.load(p.id),
};
