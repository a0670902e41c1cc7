import { useQuery } from '../api';
import { ExploreHomeDocument } from '../generated/graphql';
import { href } from '../route';
import { Show } from '../ui';

export function Home() {
  const loaded = useQuery(ExploreHomeDocument, {});
  return (
    <Show loaded={loaded} what="首页">
      {(data) => (
        <div className="home">
          <p className="intro">
            搜索项目、服务对象、地区、机构、政策或指标，查看地区的项目覆盖矩阵和指标图表，并点击任一单元格追溯到原文语句。
            <span className="en">
              Search, open an area&apos;s coverage matrix or an indicator&apos;s chart, and click through to the source
              sentence.
            </span>
          </p>
          <section>
            <h2>地区 Areas</h2>
            <ul className="chips">
              {[...data.areas.edges, ...data.counties.edges].map(({ node }) => (
                <li key={node.id}>
                  <a href={href(['area', node.id])}>{node.name}</a>
                </li>
              ))}
            </ul>
          </section>
          <section>
            <h2>跨地区可比指标 Indicators printed by several areas</h2>
            <ul className="chips">
              {data.indicatorConcepts.map((concept) => (
                <li key={concept.id}>
                  <a href={href(['concept', concept.id])} title={concept.nameEn ?? ''}>
                    {concept.name}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
    </Show>
  );
}
