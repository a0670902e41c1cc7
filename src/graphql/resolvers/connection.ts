import type {
  AdministrativeAreaConnectionResolvers,
  DocumentConnectionResolvers,
  IndicatorConnectionResolvers,
  InstitutionConnectionResolvers,
  PassageConnectionResolvers,
  PolicyConnectionResolvers,
  ProgrammeConnectionResolvers,
  TargetGroupConnectionResolvers,
  ThemeConnectionResolvers,
} from '../../generated/graphql';
import type { Connection } from '../../graph/pagination';

/** Edges and pageInfo are plain data; the total is counted only when selected. */
const totalCount = <T>(connection: Connection<T>) => connection.count();

export const ProgrammeConnection: ProgrammeConnectionResolvers = { totalCount };
export const ThemeConnection: ThemeConnectionResolvers = { totalCount };
export const TargetGroupConnection: TargetGroupConnectionResolvers = { totalCount };
export const AdministrativeAreaConnection: AdministrativeAreaConnectionResolvers = { totalCount };
export const InstitutionConnection: InstitutionConnectionResolvers = { totalCount };
export const PolicyConnection: PolicyConnectionResolvers = { totalCount };
export const IndicatorConnection: IndicatorConnectionResolvers = { totalCount };
export const DocumentConnection: DocumentConnectionResolvers = { totalCount };
export const PassageConnection: PassageConnectionResolvers = { totalCount };
