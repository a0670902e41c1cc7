import type { CoverageRowResolvers } from '../../generated/graphql';

export const CoverageRow: CoverageRowResolvers = {
  serves: (row, _args, ctx) => ctx.loaders.evidence.load(row.servesKey),
  covers: (row, _args, ctx) => ctx.loaders.evidence.load(row.coversKey),
};
