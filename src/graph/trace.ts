import type { ObservationKind, ObservationScope } from '../model/facts';
import type { Loaders } from './loaders';
import { ALL, evidenceProjection } from './projection';
import type { EvidenceRecord, ObservationRecord } from './records';

export interface ObservationFilter {
  year?: number | null;
  kind?: ObservationKind | null;
  scope?: ObservationScope | null;
}

export interface TraceStepRecord {
  /** null for the indicator's own evidence. */
  observation: ObservationRecord | null;
  evidence: EvidenceRecord;
}

/** A trace step shows every part of its evidence (quote, passage, document, citation): read it whole. */
const TRACE = evidenceProjection(ALL);

export function filterObservations(list: ObservationRecord[], filter: ObservationFilter): ObservationRecord[] {
  return list.filter(
    (o) =>
      (filter.year == null || o.year === filter.year) &&
      (filter.kind == null || o.kind === filter.kind) &&
      (filter.scope == null || o.scope === filter.scope),
  );
}

/**
 * Every quote behind an indicator: its own evidence (unless observations are filtered), then each observation's
 * evidence in table order. Two batched loads whatever the number of indicators or observations.
 */
export async function traceIndicator(
  loaders: Loaders,
  indicatorId: string,
  filter: ObservationFilter,
): Promise<TraceStepRecord[]> {
  // The observations' evidence is read with them; the indicator's own is asked for below.
  const observations = filterObservations(await loaders.observationsOf(indicatorId, TRACE, filter), filter);
  const filtered = filter.year != null || filter.kind != null || filter.scope != null;
  const owners: (ObservationRecord | null)[] = [...(filtered ? [] : [null]), ...observations];
  const lists = await Promise.all(owners.map((o) => loaders.evidence(o === null ? indicatorId : o.id, TRACE)));
  return owners.flatMap((observation, i) => lists[i]!.map((evidence) => ({ observation, evidence })));
}
