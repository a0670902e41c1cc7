import type { AreaLevel } from '../../model/facts';
import { BadUserInputError } from '../../errors';
import type { Params, Row } from '../graph';
import type { PageAhead, Reader } from '../loaders';
import type { EntityProjection } from '../projection';
import type { Connection, PageRequest } from '../pagination';
import {
  toEntity,
  type AreaRecord,
  type EntityRecord,
  type IndicatorRecord,
  type InstitutionRecord,
  type PolicyRecord,
  type TargetGroupRecord,
  type ThemeRecord,
} from '../records';
import { assertNamed, nameInputs, notFound, resolveNames, type NameLookup } from './names';
import { keysetPage } from './page';
import { emptyToNull } from './programmes';

type SimpleLabel = 'Theme' | 'Institution' | 'Policy';
type RecordOfLabel<L extends SimpleLabel> = Extract<EntityRecord, { __typename: L }>;

/** Themes, institutions or policies in id order, optionally by a substring of name, alias or English name. */
export async function listEntities<L extends SimpleLabel>(
  read: Reader,
  label: L,
  filter: { text?: string | null },
  request: PageRequest,
  projection: EntityProjection,
): Promise<Connection<RecordOfLabel<L>>> {
  // Ids are `<Label>:<slug>`; ';' follows ':' in code-point order, so `<Label>;` bounds the range from above.
  const params = { label, lower: `${label}:`, upper: `${label};`, text: emptyToNull(filter.text) };
  return keysetPage(
    read,
    { page: 'apiEntityPage', count: 'apiEntityCount' },
    params,
    request,
    (props) => toEntity(label, props) as RecordOfLabel<L>,
    { firstAfter: `${label}:`, props: projection.props },
  );
}

export type ThemeConnection = Connection<ThemeRecord>;
export type InstitutionConnection = Connection<InstitutionRecord>;
export type PolicyConnection = Connection<PolicyRecord>;

export async function listTargetGroups(
  read: Reader,
  filter: { text?: string | null; within?: string | null },
  request: PageRequest,
  projection: EntityProjection,
): Promise<Connection<TargetGroupRecord>> {
  const inputs = nameInputs([{ field: 'within', labels: ['TargetGroup'], text: filter.within }]);
  const text = emptyToNull(filter.text);
  const toRecord = (props: Row) => toEntity('TargetGroup', props) as TargetGroupRecord;
  if (inputs.length > 0) {
    const candidates = { statement: 'apiTargetGroupCandidates', params: { inputs } };
    return candidatePage(read, candidates, { text }, request, toRecord, projection);
  }
  return keysetPage(read, { page: 'apiTargetGroupPage', count: 'apiTargetGroupCount' }, { text }, request, toRecord, {
    props: projection.props,
  });
}

export async function listAreas(
  read: Reader,
  filter: { text?: string | null; level?: AreaLevel | null; within?: string | null; directOnly?: boolean | null },
  request: PageRequest,
  projection: EntityProjection,
): Promise<Connection<AreaRecord>> {
  const inputs = nameInputs([{ field: 'within', labels: ['AdministrativeArea'], text: filter.within }]);
  const params = { text: emptyToNull(filter.text), level: filter.level ?? null };
  const toRecord = (props: Row) => toEntity('AdministrativeArea', props) as AreaRecord;
  if (inputs.length > 0) {
    const candidates = { statement: 'apiAreaCandidates', params: { inputs, directOnly: filter.directOnly ?? false } };
    return candidatePage(read, candidates, params, request, toRecord, projection);
  }
  return keysetPage(read, { page: 'apiAreaPage', count: 'apiAreaCount' }, params, request, toRecord, {
    props: projection.props,
  });
}

/**
 * Indicators in id order, filtered by text, or by the areas and the themes or programmes they are for. A page filtered
 * by text only reads `ahead` with it (Loaders.observationsPageAhead); one filtered by nodes leaves the level below to
 * the loaders.
 */
export async function listIndicators(
  read: Reader,
  filter: { text?: string | null; area?: string | null; includeSubAreas?: boolean | null; measures?: string | null },
  request: PageRequest,
  projection: EntityProjection,
  ahead: PageAhead | null,
): Promise<Connection<IndicatorRecord>> {
  const inputs = nameInputs([
    { field: 'area', labels: ['AdministrativeArea'], text: filter.area },
    { field: 'measures', labels: ['Theme', 'Programme'], text: filter.measures },
  ]);
  const text = emptyToNull(filter.text);
  const toRecord = (props: Row) => toEntity('Indicator', props) as IndicatorRecord;
  if (inputs.length > 0) {
    const candidates = {
      statement: 'apiIndicatorCandidates',
      params: { inputs, includeSubAreas: filter.includeSubAreas ?? true },
    };
    return candidatePage(read, candidates, { text }, request, toRecord, projection);
  }
  const page = ahead ? 'apiIndicatorPageAhead' : 'apiIndicatorPage';
  return keysetPage(read, { page, count: 'apiIndicatorCount' }, { text }, request, toRecord, {
    props: projection.props,
    ...(ahead ? { ahead } : {}),
  });
}

/**
 * A page of the nodes a filter by other nodes allows: the `candidates` statement resolves the filter's `inputs` and
 * finds their ids from the asked nodes through their indexes (cypher/api-lists.cypher, apiTargetGroupCandidates …),
 * then apiNodePageOf pages them and apiNodeCountOf counts them, both also filtered by text and level. The cost
 * follows the answer, not the graph. NOT_FOUND when an input names nothing (the statement then answers no row).
 */
async function candidatePage<T extends { id: string }>(
  read: Reader,
  candidates: { statement: string; params: Params & { inputs: NameLookup[] } },
  filter: { text: string | null; level?: AreaLevel | null },
  request: PageRequest,
  toRecord: (props: Row) => T,
  projection: EntityProjection,
): Promise<Connection<T>> {
  const [row] = await read(candidates.statement, candidates.params);
  if (!row) await assertNamed(read, candidates.params.inputs);
  const candidateIds = (row?.ids as string[] | undefined) ?? [];
  return keysetPage(
    read,
    { page: 'apiNodePageOf', count: 'apiNodeCountOf' },
    { text: filter.text, level: filter.level ?? null, candidateIds },
    request,
    toRecord,
    { props: projection.props },
  );
}

/**
 * One area by id, or by name or alias. Exactly one of `id` and `name` must be given. An id or a name that matches
 * no area is NOT_FOUND naming the input, with the nearest known names, as a filter's input is (one rule for every
 * name a client gives). A name shared by several areas (e.g. a town name) is ambiguous: the first by id is returned.
 */
export async function findArea(
  read: Reader,
  loadArea: (id: string) => Promise<AreaRecord | null>,
  args: { id?: string | null; name?: string | null },
): Promise<AreaRecord> {
  const hasId = args.id !== null && args.id !== undefined;
  const hasName = args.name !== null && args.name !== undefined;
  if (hasId === hasName) throw new BadUserInputError('area', 'give exactly one of `id` and `name`');
  if (hasId) {
    const area = await loadArea(args.id!);
    if (area === null) throw await notFound(read, 'area', args.id!, ['AdministrativeArea']);
    return area;
  }
  const ids = await resolveNames(read, [{ field: 'area', labels: ['AdministrativeArea'], text: args.name }]);
  const area = await loadArea([...ids.area!].sort()[0]!);
  if (area === null) throw new Error(`area ${ids.area![0]} was resolved but could not be read`);
  return area;
}
