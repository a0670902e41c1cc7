import { useQuery } from '../api';
import { ExploreEntityDocument, ExploreProgrammeCoverageDocument } from '../generated/graphql';
import { RELATION_LABEL, STATUS_LABEL } from '../labels';
import { href, nodeHref, type Route } from '../route';
import { Show, statementsHref } from '../ui';
import { CoverageMatrix } from './Matrix';

interface RelationLike {
  statuses: readonly string[];
  statements: readonly { id: string; year?: number | null }[];
  node: { id: string; name: string };
}

function Relations({
  name,
  relations,
  route,
  owner,
}: {
  name: string;
  relations: readonly RelationLike[];
  route: Route;
  owner: string;
}) {
  if (relations.length === 0) return null;
  return (
    <section className="relations">
      <h3>{RELATION_LABEL[name] ?? name}</h3>
      <ul>
        {relations.map((relation) => (
          <li key={relation.node.id}>
            <a href={nodeHref(relation.node.id)}>{relation.node.name}</a>{' '}
            <a
              className="evidence-link"
              href={statementsHref(
                route,
                relation.statements.map((s) => s.id),
                `${owner} — ${relation.node.name}`,
              )}
            >
              出处 {relation.statements.length} · {relation.statuses.map((s) => STATUS_LABEL[s] ?? s).join('/')}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ProgrammeCoverage({ id, route }: { id: string; route: Route }) {
  const loaded = useQuery(ExploreProgrammeCoverageDocument, { programme: id });
  return (
    <section>
      <h3>覆盖 Coverage: 项目（含下位项目）× 服务对象</h3>
      <Show loaded={loaded} what="覆盖">
        {(data) => <CoverageMatrix rows={data.coverage} route={route} />}
      </Show>
    </section>
  );
}

export function EntityView({ id, route }: { id: string; route: Route }) {
  const loaded = useQuery(ExploreEntityDocument, { id });
  return (
    <Show loaded={loaded} what="条目">
      {({ node }) => {
        if (!node) return <p className="error">未找到 Not found: {id}</p>;
        const name = 'name' in node ? node.name : id;
        return (
          <div>
            <header className="title">
              <p className="sub">{node.__typename}</p>
              <h2>
                {name} <span className="en">{'nameEn' in node ? node.nameEn : ''}</span>
              </h2>
              {'aliases' in node && node.aliases.length > 0 ? (
                <p className="sub">别名 Aliases: {node.aliases.join('、')}</p>
              ) : null}
              {'evidence' in node && node.evidence.length > 0 ? (
                <a
                  className="evidence-link"
                  href={statementsHref(
                    route,
                    node.evidence.map((e) => e.id),
                    name,
                  )}
                >
                  本条目的出处 Its own statements ({node.evidence.length})
                </a>
              ) : null}
            </header>
            {node.__typename === 'Programme' ? (
              <>
                <ProgrammeCoverage id={node.id} route={route} />
                <div className="relation-grid">
                  {(['broader', 'narrower', 'targetGroups', 'areas', 'institutions', 'indicators'] as const).map(
                    (field) => (
                      <Relations key={field} name={field} relations={node[field]} route={route} owner={name} />
                    ),
                  )}
                </div>
              </>
            ) : null}
            {node.__typename === 'TargetGroup' ? (
              <>
                <p className="sub">
                  上位 Broader:{' '}
                  {node.broader.map((g) => (
                    <a key={g.id} className="chip" href={nodeHref(g.id)}>
                      {g.name}
                    </a>
                  ))}{' '}
                  下位 Narrower:{' '}
                  {node.narrower.map((g) => (
                    <a key={g.id} className="chip" href={nodeHref(g.id)}>
                      {g.name}
                    </a>
                  ))}
                </p>
                <Relations name="programmes" relations={node.programmes} route={route} owner={name} />
              </>
            ) : null}
            {node.__typename === 'Institution' || node.__typename === 'Theme' ? (
              <Relations name="programmes" relations={node.programmes} route={route} owner={name} />
            ) : null}
            {node.__typename === 'Policy' ? (
              <>
                <p className="sub">
                  {node.number ?? ''} {node.year ?? ''}
                </p>
                <Relations name="programmes" relations={node.programmes} route={route} owner={name} />
                <section className="relations">
                  <h3>被引用 Cited in</h3>
                  <ul>
                    {node.citedBy.map((citation) => (
                      <li key={citation.passage.id}>
                        <a href={href(['passage', citation.passage.id])}>《{citation.document.title}》</a>
                      </li>
                    ))}
                  </ul>
                </section>
              </>
            ) : null}
          </div>
        );
      }}
    </Show>
  );
}
