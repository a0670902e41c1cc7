import { request, useLoad, useQuery } from '../api';
import {
  ExploreAreaDocument,
  ExploreCoverageDocument,
  ExploreSubAreasDocument,
  type ExploreSubAreasQuery,
} from '../generated/graphql';
import { href, nodeHref, withParams, type Route } from '../route';
import { Show } from '../ui';
import { CoverageMatrix } from './Matrix';

type SubArea = ExploreSubAreasQuery['areas']['edges'][number]['node'];

/** Every direct member of the area, a page of 100 at a time. */
async function subAreas(id: string): Promise<SubArea[]> {
  const all: SubArea[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ExploreSubAreasQuery = await request(ExploreSubAreasDocument, { id, after });
    all.push(...page.areas.edges.map((edge) => edge.node));
    if (!page.areas.pageInfo.hasNextPage) return all;
    after = page.areas.pageInfo.endCursor ?? null;
  }
}

export function AreaView({ id, route }: { id: string; route: Route }) {
  const area = useQuery(ExploreAreaDocument, { id });
  const children = useLoad(`sub|${id}`, () => subAreas(id));
  const includeAncestors = route.params.get('above') !== '0';
  const coverage = useQuery(ExploreCoverageDocument, { area: id, includeAncestors });
  return (
    <div>
      <Show loaded={area} what="地区">
        {(data) =>
          data.area ? (
            <header className="title">
              <nav className="crumbs">
                {[...data.area.ancestors].reverse().map((a) => (
                  <a key={a.id} href={href(['area', a.id])}>
                    {a.name}
                  </a>
                ))}
              </nav>
              <h2>
                {data.area.name} <span className="en">{data.area.nameEn}</span>
              </h2>
              <p className="sub">
                {data.area.level} {data.area.code ? `· 区划代码 ${data.area.code}` : ''}
              </p>
              {data.area.indicators.length > 0 ? (
                <details className="sub">
                  <summary>指标 Indicators ({data.area.indicators.length})</summary>
                  {data.area.indicators.map(({ node }) => (
                    <a key={node.id} className="chip" href={href(['indicator', node.id])}>
                      {node.name}
                    </a>
                  ))}
                </details>
              ) : null}
            </header>
          ) : null
        }
      </Show>
      <section>
        <h3>下辖地区 Sub-areas and towns</h3>
        <Show loaded={children} what="下辖地区">
          {(list) =>
            list.length === 0 ? (
              <p className="sub">无 None</p>
            ) : (
              <ul className="chips">
                {list.map((child) => (
                  <li key={child.id}>
                    <a href={href(['area', child.id])}>{child.name}</a>
                  </li>
                ))}
              </ul>
            )
          }
        </Show>
      </section>
      <section>
        <h3>机构 Institutions in this area</h3>
        <Show loaded={area} what="机构">
          {(data) =>
            !data.area || data.area.institutions.length === 0 ? (
              <p className="sub">无 None</p>
            ) : (
              <ul className="chips">
                {data.area.institutions.map((institution) => (
                  <li key={institution.id}>
                    <a href={nodeHref(institution.id)}>{institution.name}</a>
                  </li>
                ))}
              </ul>
            )
          }
        </Show>
      </section>
      <section>
        <h3>
          项目覆盖矩阵 Coverage: programmes × target groups{' '}
          <label className="toggle">
            <input
              type="checkbox"
              checked={includeAncestors}
              onChange={(event) =>
                (window.location.hash = withParams(route, { above: event.target.checked ? undefined : '0' }))
              }
            />
            含上级地区的项目 include programmes of areas above
          </label>
        </h3>
        <p className="sub">
          每格：状态 / 年份 / 地区；点击查看原文出处。Each cell: status, year, area; click for its statements.
        </p>
        <Show loaded={coverage} what="覆盖矩阵">
          {(data) => <CoverageMatrix rows={data.coverage} route={route} />}
        </Show>
      </section>
    </div>
  );
}
