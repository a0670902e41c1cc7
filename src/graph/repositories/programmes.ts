import { LimitExceededError } from '../../errors';
import type { Loaders, PageAhead, Reader } from '../loaders';
import { toConnection, type Connection, type PageRequest } from '../pagination';
import { toEntity, type AreaRecord, type ProgrammeRecord, type TargetGroupRecord } from '../records';
import type { Row } from '../graph';
import { relationKey, type EvidenceStatus } from '../../model/facts';
import { zipProps, type EntityProjection, type EvidenceProjection } from '../projection';
import { EvidenceViews } from '../evidence-views';
import { assertNamed, nameInputs } from './names';
import { keysetPage } from './page';

export interface ProgrammeFilter {
  targetGroup?: string | null;
  includeNarrower?: boolean | null;
  area?: string | null;
  includeSubAreas?: boolean | null;
  includeAncestors?: boolean | null;
  programme?: string | null;
  includeNarrowerProgrammes?: boolean | null;
  theme?: string | null;
  institution?: string | null;
  status?: EvidenceStatus | null;
  text?: string | null;
}

/**
 * Programmes in id order, filtered (README "The graph model"): a target group includes its narrower groups
 * (BROADER*0.. from narrower to broader) and an area its sub-areas (PART_OF*0..) unless told otherwise. A page
 * filtered by text or status only reads `ahead` with it (Loaders.pageAhead); one filtered by nodes leaves the level
 * below to the loaders. With nothing to read ahead (`ahead` null), the page reads its rows only.
 */
export async function listProgrammes(
  read: Reader,
  filter: ProgrammeFilter,
  request: PageRequest,
  projection: EntityProjection,
  ahead: PageAhead | null,
): Promise<Connection<ProgrammeRecord>> {
  const inputs = nameInputs([
    { field: 'targetGroup', labels: ['TargetGroup'], text: filter.targetGroup },
    { field: 'area', labels: ['AdministrativeArea'], text: filter.area },
    { field: 'theme', labels: ['Theme'], text: filter.theme },
    { field: 'institution', labels: ['Institution'], text: filter.institution },
    { field: 'programme', labels: ['Programme'], text: filter.programme },
  ]);
  const params = { status: filter.status ?? null, text: emptyToNull(filter.text) };
  if (inputs.length === 0) {
    const page = ahead ? 'apiProgrammePageAhead' : 'apiProgrammePage';
    return keysetPage(read, { page, count: 'apiProgrammeCount' }, params, request, asProgramme, {
      props: projection.props,
      ...(ahead ? { ahead } : {}),
    });
  }
  const reach: CandidateReach = {
    includeNarrower: filter.includeNarrower ?? true,
    includeSubAreas: filter.includeSubAreas ?? true,
    includeAncestors: filter.includeAncestors ?? false,
    includeNarrowerProgrammes: filter.includeNarrowerProgrammes ?? true,
  };
  // Filtered by nodes: one statement resolves the names, finds the candidates and returns the page with its count.
  const pageOf = async (withCount: boolean) => {
    const [row] = await read('apiProgrammePageByNodes', {
      inputs,
      ...reach,
      ...params,
      withCount,
      after: request.after ?? '',
      limit: request.first + 1,
      props: projection.props,
    });
    if (!row) await assertNamed(read, inputs);
    return { values: (row?.values as unknown[][] | undefined) ?? [], count: (row?.count as number | null) ?? 0 };
  };
  const page = await pageOf(request.withCount === true);
  return toConnection(
    page.values.map((values) => asProgramme(zipProps(projection.props, values))),
    request,
    (node) => node.id,
    // Counted with the page when the request selects totalCount up front; otherwise asked again if ever needed.
    async () => (request.withCount ? page.count : (await pageOf(true)).count),
  );
}

/** How far each node filter of apiProgrammePageByNodes and apiCoverage reaches (fragment programmeCandidates). */
interface CandidateReach {
  includeNarrower: boolean;
  includeSubAreas: boolean;
  includeAncestors: boolean;
  includeNarrowerProgrammes: boolean;
}

export interface CoverageArgs {
  targetGroup?: string | null;
  area?: string | null;
  theme?: string | null;
  includeNarrower?: boolean | null;
  includeSubAreas?: boolean | null;
  includeAncestors?: boolean | null;
  programme?: string | null;
  includeNarrowerProgrammes?: boolean | null;
}

export type CoverageVia = 'DIRECT' | 'SUB_AREA' | 'INHERITED';

export interface CoverageRowRecord {
  programme: ProgrammeRecord;
  targetGroup: TargetGroupRecord;
  area: AreaRecord;
  via: CoverageVia;
  /** The area above the one asked for, for INHERITED rows. */
  inheritedFrom: AreaRecord | null;
  servesKey: string;
  coversKey: string;
}

/** The most rows one coverage request returns; a matrix larger than this needs a narrower filter. */
export const MAX_COVERAGE_ROWS = 5000;

/** What a coverage query reads of each row's programme, target group and area (src/graph/projection.ts). */
export interface CoverageProjections {
  programme: EntityProjection;
  targetGroup: EntityProjection;
  area: EntityProjection;
  /** What the query reads of the statements of each row's SERVES (`serves`) and COVERS (`covers`); null: nothing. */
  serves: EvidenceProjection | null;
  covers: EvidenceProjection | null;
}

/**
 * Programme × target group × area rows (SERVES and COVERS), filtered like listProgrammes. The statements of the rows'
 * relations the query selects come in the same statement and are handed to `loaders` (primeEvidence), so the rows'
 * `serves` and `covers` cost no statement of their own.
 */
export async function programmeCoverage(
  read: Reader,
  loaders: Pick<Loaders, 'primeEvidence'>,
  args: CoverageArgs,
  projections: CoverageProjections,
): Promise<CoverageRowRecord[]> {
  const inputs = nameInputs([
    { field: 'targetGroup', labels: ['TargetGroup'], text: args.targetGroup },
    { field: 'area', labels: ['AdministrativeArea'], text: args.area },
    { field: 'theme', labels: ['Theme'], text: args.theme },
    { field: 'programme', labels: ['Programme'], text: args.programme },
  ]);
  const reach: CandidateReach = {
    includeNarrower: args.includeNarrower ?? true,
    includeSubAreas: args.includeSubAreas ?? true,
    includeAncestors: args.includeAncestors ?? true,
    includeNarrowerProgrammes: args.includeNarrowerProgrammes ?? true,
  };
  const { serves, covers } = projections;
  // The statements of each relation through what its field selects (fragment evidenceAbout).
  const views = new EvidenceViews(true);
  const servesView = serves && views.indexOf(serves);
  const coversView = covers && views.indexOf(covers);
  // With a node filter, one statement resolves the inputs, finds the candidates and reads their rows.
  const [result] = await read(inputs.length === 0 ? 'apiCoverageAll' : 'apiCoverage', {
    inputs,
    ...reach,
    programmeProps: projections.programme.props,
    targetGroupProps: projections.targetGroup.props,
    areaProps: projections.area.props,
    limit: MAX_COVERAGE_ROWS + 1,
    servesView,
    coversView,
    ...views.params(),
  });
  const rows = (result?.rows ?? []) as CoverageRow[];
  if (rows.length === 0 && inputs.length > 0) await assertNamed(read, inputs);
  if (rows.length > MAX_COVERAGE_ROWS) {
    throw new LimitExceededError('coverage rows', MAX_COVERAGE_ROWS + 1, MAX_COVERAGE_ROWS);
  }
  // Each node comes once, however many rows name it.
  const programmes = recordsById(result?.programmes, projections.programme.props, asProgramme);
  const targetGroups = recordsById(
    result?.targetGroups,
    projections.targetGroup.props,
    (props) => toEntity('TargetGroup', props) as TargetGroupRecord,
  );
  const areas = recordsById(
    result?.areas,
    projections.area.props,
    (props) => toEntity('AdministrativeArea', props) as AreaRecord,
  );
  const records = rows.map(([programmeId, targetGroupId, areaId, via]) => {
    const area = sent(areas, areaId);
    return {
      programme: sent(programmes, programmeId),
      targetGroup: sent(targetGroups, targetGroupId),
      area,
      via,
      inheritedFrom: via === 'INHERITED' ? area : null,
      servesKey: relationKey(programmeId, 'SERVES', targetGroupId),
      coversKey: relationKey(programmeId, 'COVERS', areaId),
    };
  });
  // The keys fragment coverageRows read statements of, in its order: each once, by its first row, SERVES then COVERS.
  const statementKeys = new Map<string, [string, number]>();
  for (const { servesKey, coversKey } of records) {
    if (servesView !== null) statementKeys.set(`${servesKey}|${servesView}`, [servesKey, servesView]);
    if (coversView !== null) statementKeys.set(`${coversKey}|${coversView}`, [coversKey, coversView]);
  }
  const byKey = views.rows(result, [...statementKeys.values()]);
  if (serves)
    loaders.primeEvidence(
      records.map((r) => r.servesKey),
      serves,
      byKey,
    );
  if (covers)
    loaders.primeEvidence(
      records.map((r) => r.coversKey),
      covers,
      byKey,
    );
  return records;
}

/** The records of the nodes of one kind a coverage statement sent once each (the values of `props`), by id. */
function recordsById<T extends { id: string }>(
  values: unknown,
  props: readonly string[],
  toRecord: (props: Row) => T,
): Map<string, T> {
  const records = ((values ?? []) as unknown[][]).map((nodeValues) => toRecord(zipProps(props, nodeValues)));
  return new Map(records.map((record) => [record.id, record]));
}

/** The record of a node a coverage row names; the statement sends every one of them. */
function sent<T>(records: Map<string, T>, id: string): T {
  const record = records.get(id);
  if (record === undefined) throw new Error(`a coverage row names ${id}, which its statement did not send`);
  return record;
}

/** A row of fragment coverageRows: the programme's, group's and area's ids, and how the area is reached. */
type CoverageRow = [string, string, string, CoverageVia];

function asProgramme(props: Row): ProgrammeRecord {
  return toEntity('Programme', props) as ProgrammeRecord;
}

export function emptyToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
