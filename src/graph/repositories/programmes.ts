import { LimitExceededError } from '../../errors';
import type { Reader } from '../loaders';
import type { Connection, PageRequest } from '../pagination';
import { toEntity, type AreaRecord, type ProgrammeRecord, type TargetGroupRecord } from '../records';
import type { Row } from '../graph';
import type { EvidenceStatus } from '../../model/facts';
import { resolveNames } from './names';
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
 * (BROADER*0.. from narrower to broader) and an area its sub-areas (PART_OF*0..) unless told otherwise.
 */
export async function listProgrammes(
  read: Reader,
  filter: ProgrammeFilter,
  request: PageRequest,
): Promise<Connection<ProgrammeRecord>> {
  const ids = await resolveNames(read, [
    { field: 'targetGroup', labels: ['TargetGroup'], text: filter.targetGroup },
    { field: 'area', labels: ['AdministrativeArea'], text: filter.area },
    { field: 'theme', labels: ['Theme'], text: filter.theme },
    { field: 'institution', labels: ['Institution'], text: filter.institution },
    { field: 'programme', labels: ['Programme'], text: filter.programme },
  ]);
  const params = {
    targetGroupIds: ids.targetGroup,
    includeNarrower: filter.includeNarrower ?? true,
    areaIds: ids.area,
    includeSubAreas: filter.includeSubAreas ?? true,
    includeAncestors: filter.includeAncestors ?? false,
    programmeIds: ids.programme,
    includeNarrowerProgrammes: filter.includeNarrowerProgrammes ?? true,
    themeIds: ids.theme,
    institutionIds: ids.institution,
    status: filter.status ?? null,
    text: emptyToNull(filter.text),
  };
  return keysetPage(
    read,
    { page: 'apiProgrammePage', count: 'apiProgrammeCount', countAll: 'apiProgrammeCountAll' },
    params,
    request,
    (props) => asProgramme(props),
  );
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

/** Programme × target group × area rows (SERVES and COVERS), filtered like listProgrammes. */
export async function programmeCoverage(read: Reader, args: CoverageArgs): Promise<CoverageRowRecord[]> {
  const ids = await resolveNames(read, [
    { field: 'targetGroup', labels: ['TargetGroup'], text: args.targetGroup },
    { field: 'area', labels: ['AdministrativeArea'], text: args.area },
    { field: 'theme', labels: ['Theme'], text: args.theme },
    { field: 'programme', labels: ['Programme'], text: args.programme },
  ]);
  const rows = await read('apiCoverage', {
    targetGroupIds: ids.targetGroup,
    includeNarrower: args.includeNarrower ?? true,
    areaIds: ids.area,
    includeSubAreas: args.includeSubAreas ?? true,
    includeAncestors: args.includeAncestors ?? true,
    programmeIds: ids.programme,
    includeNarrowerProgrammes: args.includeNarrowerProgrammes ?? true,
    themeIds: ids.theme,
    limit: MAX_COVERAGE_ROWS + 1,
  });
  if (rows.length > MAX_COVERAGE_ROWS) {
    throw new LimitExceededError('coverage rows', MAX_COVERAGE_ROWS + 1, MAX_COVERAGE_ROWS);
  }
  return rows.map((row) => {
    const area = toEntity('AdministrativeArea', row.area as Row) as AreaRecord;
    const via = row.via as CoverageVia;
    return {
      programme: asProgramme(row.programme as Row),
      targetGroup: toEntity('TargetGroup', row.targetGroup as Row) as TargetGroupRecord,
      area,
      via,
      inheritedFrom: via === 'INHERITED' ? area : null,
      servesKey: row.servesKey as string,
      coversKey: row.coversKey as string,
    };
  });
}

function asProgramme(props: Row): ProgrammeRecord {
  return toEntity('Programme', props) as ProgrammeRecord;
}

export function emptyToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}
