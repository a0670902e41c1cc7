import type { TraceStepResolvers } from '../../generated/graphql';
import { documentOf, passageOf } from './evidence';

/** A trace step flattens its evidence: where the quote is and how to cite it. */
export const TraceStep: TraceStepResolvers = {
  document: (s, _args, ctx) => documentOf(s.evidence, ctx),
  passage: (s, _args, ctx) => passageOf(s.evidence, ctx),
  sectionPath: (s) => s.evidence.sectionPath,
  quote: (s) => s.evidence.quote,
  citation: (s) => s.evidence.citation,
};
