import { useQuery } from '../api';
import { ExploreSearchDocument, type SearchType } from '../generated/graphql';
import { TYPE_LABEL } from '../labels';
import { href, nodeHref, withParams, type Route } from '../route';
import { Show } from '../ui';

const ENTITY_TYPES: SearchType[] = ['PROGRAMME', 'TARGET_GROUP', 'AREA', 'INSTITUTION', 'POLICY', 'INDICATOR', 'THEME'];

/** 【…】 marks the matched characters in a snippet. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/【|】/);
  return (
    <span className="snippet">
      {parts.map((part, index) => (index % 2 === 1 ? <mark key={index}>{part}</mark> : part))}
    </span>
  );
}

export function Search({ route }: { route: Route }) {
  const text = route.params.get('q') ?? '';
  const withPassages = route.params.get('passages') === '1';
  const types = withPassages ? [...ENTITY_TYPES, 'PASSAGE' as const] : ENTITY_TYPES;
  const loaded = useQuery(ExploreSearchDocument, { text, types, first: 40 });
  return (
    <div>
      <h2>
        搜索 “{text}” <span className="en">Search</span>
      </h2>
      <label className="toggle">
        <input
          type="checkbox"
          checked={withPassages}
          onChange={(event) =>
            (window.location.hash = withParams(route, { passages: event.target.checked ? '1' : undefined }))
          }
        />
        包括原文段落 include passages
      </label>
      <Show loaded={loaded} what="搜索结果">
        {(data) =>
          data.search.length === 0 ? (
            <p>没有结果 No results.</p>
          ) : (
            <ul className="hits">
              {data.search.map((hit) => (
                <li key={hit.node.id} className="hit">
                  <span className="type">{TYPE_LABEL[hit.type] ?? hit.type}</span>
                  <a href={nodeHref(hit.node.id)}>
                    {'name' in hit.node ? hit.node.name : <Snippet text={hit.snippet} />}
                  </a>
                  {'name' in hit.node ? (
                    <span className="sub">
                      <Snippet text={hit.snippet} /> {hit.node.nameEn ? `· ${hit.node.nameEn}` : ''}
                    </span>
                  ) : 'document' in hit.node ? (
                    <span className="sub">
                      《<a href={href(['passage', hit.node.id])}>{hit.node.document.title}</a>》{' '}
                      {hit.node.sectionPath.join(' › ')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )
        }
      </Show>
    </div>
  );
}
