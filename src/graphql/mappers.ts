/**
 * The record type behind each GraphQL object type, named for codegen's `mappers` (codegen.yml), so every
 * resolver's parent is typed as what the loaders and repositories really return.
 */
import type { Edge, Connection } from '../graph/pagination';
import type {
  AreaRecord,
  DocumentRecord,
  IndicatorRecord,
  InstitutionRecord,
  PassageRecord,
  PolicyRecord,
  ProgrammeRecord,
  TargetGroupRecord,
  ThemeRecord,
} from '../graph/records';

export type {
  AreaRecord,
  CitationRecord,
  DocumentRecord,
  EvidenceRecord,
  IndicatorRecord,
  InstitutionRecord,
  MentionRecord,
  ObservationRecord,
  PassageRecord,
  PolicyRecord,
  ProgrammeRecord,
  RelationRecord,
  TargetGroupRecord,
  ThemeRecord,
} from '../graph/records';
export type { CoverageRowRecord } from '../graph/repositories/programmes';
export type { ComparedPointRecord, ComparedSeriesRecord } from '../graph/repositories/indicator-concepts';
export type { IndicatorConceptRecord } from '../graph/records';
export type { ReleaseRecord } from '../graph/repositories/release';
export type { SearchHitRecord } from '../graph/repositories/search';
export type { TraceStepRecord } from '../graph/trace';

export type DocumentConnectionRecord = Connection<DocumentRecord>;
export type DocumentEdgeRecord = Edge<DocumentRecord>;
export type PassageConnectionRecord = Connection<PassageRecord>;
export type PassageEdgeRecord = Edge<PassageRecord>;
export type ProgrammeConnectionRecord = Connection<ProgrammeRecord>;
export type ProgrammeEdgeRecord = Edge<ProgrammeRecord>;
export type ThemeConnectionRecord = Connection<ThemeRecord>;
export type ThemeEdgeRecord = Edge<ThemeRecord>;
export type TargetGroupConnectionRecord = Connection<TargetGroupRecord>;
export type TargetGroupEdgeRecord = Edge<TargetGroupRecord>;
export type AreaConnectionRecord = Connection<AreaRecord>;
export type AreaEdgeRecord = Edge<AreaRecord>;
export type InstitutionConnectionRecord = Connection<InstitutionRecord>;
export type InstitutionEdgeRecord = Edge<InstitutionRecord>;
export type PolicyConnectionRecord = Connection<PolicyRecord>;
export type PolicyEdgeRecord = Edge<PolicyRecord>;
export type IndicatorConnectionRecord = Connection<IndicatorRecord>;
export type IndicatorEdgeRecord = Edge<IndicatorRecord>;
