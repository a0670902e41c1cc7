import type { TraceStepResolvers } from '../../generated/graphql';

/** A trace step flattens its evidence: where the quote is and how to cite it. */
export const TraceStep: TraceStepResolvers = {
  document: (s) => s.evidence.document,
  passage: (s) => s.evidence.passage,
  sectionPath: (s) => s.evidence.sectionPath,
  quote: (s) => s.evidence.quote,
  citation: (s) => s.evidence.citation,
};
