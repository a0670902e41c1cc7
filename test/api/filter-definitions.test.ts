import { data, seededApi } from './support';

/**
 * Filters by a node start from the asked node through its index (apiProgrammePageByNodes, and the …Candidates
 * statements then apiNodeCountOf), so their cost follows the answer. They must count exactly
 * what the filters' plain definitions count: every node of the label, filtered (cypher/testing.cypher,
 * testDefinition…), for a grid of filters on the seed graph.
 */
const api = seededApi();

/** The ids a name denotes, as the API resolves it (id, name or alias). */
async function idsOf(label: string, text: string): Promise<string[]> {
  const [row] = await api.graph.read('apiResolveNames', { inputs: [{ field: 'x', labels: [label], text }] });
  const ids = (row?.ids as string[] | undefined) ?? [];
  if (ids.length === 0) throw new Error(`${label} ${text} is not in the seed graph`);
  return ids;
}

async function totalCount(field: string, filter: string): Promise<number> {
  return (await data(api.server, api.graph, `{ list: ${field}(filter: ${filter}) { totalCount } }`)).list.totalCount;
}

async function definition(statement: string, params: Record<string, unknown>): Promise<number> {
  const [row] = await api.graph.read(statement, params);
  return row?.count as number;
}

const PROGRAMME_DEFAULTS = {
  text: null,
  targetGroupIds: null,
  includeNarrower: true,
  areaIds: null,
  includeSubAreas: true,
  includeAncestors: false,
  programmeIds: null,
  includeNarrowerProgrammes: true,
  themeIds: null,
  institutionIds: null,
  status: null,
};

describe('programmes filtered by a node count what the definition counts', () => {
  const grid = ['老年人', '儿童', '困难群众'].flatMap((group) =>
    ['江门市', '郁南县', '中山市', '新会区'].flatMap((area) =>
      [false, true].map((above) => [group, area, above] as const),
    ),
  );
  it.each(grid)('targetGroup %s, area %s, includeAncestors %s', async (group, area, above) => {
    const expected = await definition('testDefinitionProgrammeCount', {
      ...PROGRAMME_DEFAULTS,
      targetGroupIds: await idsOf('TargetGroup', group),
      areaIds: await idsOf('AdministrativeArea', area),
      includeAncestors: above,
    });
    expect(
      await totalCount('programmes', `{ targetGroup: "${group}", area: "${area}", includeAncestors: ${above} }`),
    ).toBe(expected);
  });

  it.each([
    ['江门市', false],
    ['江门市', true],
    ['郁南县', true],
  ] as const)('area %s with sub-areas %s, PLANNED, and without narrower groups', async (area, sub) => {
    const areaIds = await idsOf('AdministrativeArea', area);
    expect(await totalCount('programmes', `{ area: "${area}", includeSubAreas: ${sub}, status: PLANNED }`)).toBe(
      await definition('testDefinitionProgrammeCount', {
        ...PROGRAMME_DEFAULTS,
        areaIds,
        includeSubAreas: sub,
        status: 'PLANNED',
      }),
    );
    expect(await totalCount('programmes', `{ area: "${area}", targetGroup: "老年人", includeNarrower: false }`)).toBe(
      await definition('testDefinitionProgrammeCount', {
        ...PROGRAMME_DEFAULTS,
        areaIds,
        targetGroupIds: await idsOf('TargetGroup', '老年人'),
        includeNarrower: false,
      }),
    );
  });
});

describe('target groups, areas and indicators filtered by a node count what the definition counts', () => {
  it.each(['老年人', '儿童', '困难群众', '残疾人'])('targetGroups within %s', async (group) => {
    const expected = await definition('testDefinitionTargetGroupCount', {
      text: null,
      withinIds: await idsOf('TargetGroup', group),
    });
    expect(expected).toBeGreaterThan(1);
    expect(await totalCount('targetGroups', `{ within: "${group}" }`)).toBe(expected);
  });

  it.each(
    ['郁南县', '江门市', '中山市', '新会区'].flatMap((area) => [true, false].map((direct) => [area, direct] as const)),
  )('areas within %s, directOnly %s', async (area, direct) => {
    const expected = await definition('testDefinitionAreaCount', {
      text: null,
      level: null,
      directOnly: direct,
      withinIds: await idsOf('AdministrativeArea', area),
    });
    expect(expected).toBeGreaterThan(0);
    expect(await totalCount('areas', `{ within: "${area}", directOnly: ${direct} }`)).toBe(expected);
  });

  it.each(['郁南县', '江门市', '中山市'].flatMap((area) => [true, false].map((sub) => [area, sub] as const)))(
    'indicators for %s, includeSubAreas %s',
    async (area, sub) => {
      const expected = await definition('testDefinitionIndicatorCount', {
        text: null,
        areaIds: await idsOf('AdministrativeArea', area),
        includeSubAreas: sub,
        measuresIds: null,
      });
      expect(expected).toBeGreaterThan(0);
      expect(await totalCount('indicators', `{ area: "${area}", includeSubAreas: ${sub} }`)).toBe(expected);
    },
  );

  it.each(['平安通', '长者食堂'])('indicators measuring %s, in 江门市', async (programme) => {
    const params = {
      text: null,
      areaIds: await idsOf('AdministrativeArea', '江门市'),
      includeSubAreas: true,
      measuresIds: await idsOf('Programme', programme),
    };
    expect(await totalCount('indicators', `{ measures: "${programme}", area: "江门市" }`)).toBe(
      await definition('testDefinitionIndicatorCount', params),
    );
    expect(await totalCount('indicators', `{ measures: "${programme}" }`)).toBe(
      await definition('testDefinitionIndicatorCount', { ...params, areaIds: null }),
    );
  });
});
