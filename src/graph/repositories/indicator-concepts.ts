import { conversion } from '../../model/units';
import type { ObservationKind } from '../../model/facts';
import type { Row } from '../graph';
import type { Reader } from '../loaders';
import {
  toEntity,
  toObservation,
  toObservationValues,
  type AreaRecord,
  type IndicatorConceptRecord,
  type IndicatorRecord,
  type ObservationRecord,
} from '../records';
import { entityProjection, zipProps, type EntityProjection, type PointProjection } from '../projection';
import { assertNamed, nameInputs } from './names';

/** The concept is not a field of a series: only its unit (always read) is used. */
const CONCEPT = entityProjection(new Set<string>());

export interface ComparedPointRecord {
  year: number;
  kind: ObservationKind;
  role: ObservationKind;
  scope: ObservationRecord['scope'];
  value: number | null;
  normalisedValue: number | null;
  comparator: string | null;
  text: string | null;
  /** Null when the query does not select it (pointProjection). */
  observation: ObservationRecord | null;
}

export interface ComparedSeriesRecord {
  indicator: IndicatorRecord;
  area: AreaRecord | null;
  unit: string | null;
  conceptUnit: string | null;
  factor: number | null;
  comparable: boolean;
  whyNotComparable: string | null;
  points: ComparedPointRecord[];
}

export async function listIndicatorConcepts(read: Reader): Promise<IndicatorConceptRecord[]> {
  const rows = await read('apiIndicatorConcepts');
  return rows.map((row) => toEntity('IndicatorConcept', row.props as Row) as IndicatorConceptRecord);
}

/**
 * The series of one concept side by side (README "Comparing areas"): each indicator keeps its own area, table row
 * and statements; values are converted to the concept's unit where the factor is exact, and a series whose unit
 * cannot be converted says why. A baseline is the real value of its year, so it is compared as ACTUAL.
 */
export async function compareConcept(
  read: Reader,
  args: { concept: string; areas?: readonly string[] | null; years?: readonly number[] | null },
  projections: { indicator: EntityProjection; area: EntityProjection; points: PointProjection },
): Promise<ComparedSeriesRecord[]> {
  const lookups = [
    { field: 'concept', labels: ['IndicatorConcept'], text: args.concept },
    ...(args.areas ?? []).map((text, i) => ({ field: `areas[${i}]`, labels: ['AdministrativeArea'], text })),
  ];
  const inputs = nameInputs(lookups);
  const props = { concept: CONCEPT.props, indicator: projections.indicator.props, area: projections.area.props };
  // One statement resolves the concept and the areas and reads the series.
  const [answer] = await read('apiCompare', {
    inputs,
    everyArea: !args.areas,
    years: args.years && args.years.length > 0 ? [...args.years] : null,
    conceptProps: props.concept,
    indicatorProps: props.indicator,
    areaProps: props.area,
    pointProps: projections.points.props,
  });
  const rows = (answer?.series as Row[] | undefined) ?? [];
  if (rows.length === 0) await assertNamed(read, inputs);
  const entity = (row: Row, column: keyof typeof props) => zipProps(props[column], row[column] as unknown[]);
  return rows.map((row) => {
    const concept = toEntity('IndicatorConcept', entity(row, 'concept')) as IndicatorConceptRecord;
    const indicator = toEntity('Indicator', entity(row, 'indicator')) as IndicatorRecord;
    const area = row.area ? (toEntity('AdministrativeArea', entity(row, 'area')) as AreaRecord) : null;
    const c = conversion(indicator.unit, concept.unit);
    const points = (row.observations as unknown[][]).map((values) => {
      const read = zipProps(projections.points.props, values);
      const o = toObservationValues(read);
      return {
        year: o.year,
        kind: o.kind === 'BASELINE' ? 'ACTUAL' : o.kind,
        role: o.kind,
        scope: o.scope,
        value: o.value,
        normalisedValue: o.value === null || c.factor === null ? null : o.value * c.factor,
        comparator: o.comparator,
        text: o.text,
        observation: projections.points.whole ? toObservation(read) : null,
      } satisfies ComparedPointRecord;
    });
    return {
      indicator,
      area,
      unit: indicator.unit,
      conceptUnit: concept.unit,
      factor: c.factor,
      comparable: c.factor !== null,
      whyNotComparable: c.factor === null ? c.why : null,
      points,
    };
  });
}
