import type { EvidenceResolvers } from '../../generated/graphql';
import type { DocumentRecord, EvidenceRecord, PassageRecord } from '../../graph/records';
import type { Context } from '../context';

/**
 * A statement's document and passage come with it when the query selects them (src/graph/projection.ts); read by
 * id otherwise, so a selection the projection did not foresee still answers.
 */
export function documentOf(e: EvidenceRecord, ctx: Context): DocumentRecord | Promise<DocumentRecord> {
  return e.document ?? ctx.loaders.nodeAs('Document', e.documentId);
}

export function passageOf(e: EvidenceRecord, ctx: Context): PassageRecord | Promise<PassageRecord> {
  return e.passage ?? ctx.loaders.nodeAs('Passage', e.passageId);
}

export const Evidence: EvidenceResolvers = {
  document: (e, _args, ctx) => documentOf(e, ctx),
  passage: (e, _args, ctx) => passageOf(e, ctx),
};
