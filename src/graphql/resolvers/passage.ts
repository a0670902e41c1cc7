import type { PassageResolvers } from '../../generated/graphql';
import { evidenceProjection } from '../../graph/projection';
import { selection } from './shared';

export const Passage: PassageResolvers = {
  // A passage read as the context of a statement or a citation comes without its text (the largest property of
  // the graph): it is read, batched, only when asked for.
  text: async (p, _args, ctx) => p.text ?? (await ctx.loaders.nodeAs('Passage', p.id)).text ?? '',
  document: (p, _args, ctx) => ctx.loaders.nodeAs('Document', p.documentId),
  mentions: (p, _args, ctx) => ctx.loaders.mentions.load(p.id),
  cites: (p, _args, ctx) => ctx.loaders.cites.load(p.id),
  statements: (p, _args, ctx, info) => ctx.loaders.passageEvidence(p.id, evidenceProjection(selection(ctx, info))),
};
