import type { CoverageRowResolvers } from '../../generated/graphql';
import { statementsAbout } from './shared';

export const CoverageRow: CoverageRowResolvers = {
  serves: (row, _args, ctx, info) => statementsAbout(ctx, row.servesKey, info),
  covers: (row, _args, ctx, info) => statementsAbout(ctx, row.coversKey, info),
};
