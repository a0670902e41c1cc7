import { useEffect, useState } from 'react';
import { request, useLoad, useQuery } from '../api';
import {
  ExploreEntityDocument,
  ExploreEvidenceDocument,
  ExplorePassagesDocument,
  type ExploreEvidenceQuery,
  type ExplorePassagesQuery,
} from '../generated/graphql';
import { locateQuote } from '../highlight';
import { href, withParams, type Route } from '../route';
import { Show, StatusBadge } from '../ui';

type Passage = NonNullable<
  Extract<ExplorePassagesQuery['node'], { __typename: 'Document' }>['passages']
>['edges'][number]['node'];
type Evidence = Extract<NonNullable<ExploreEvidenceQuery['node']>, { __typename: 'Evidence' }>;

/** A document's full text: every passage, 100 a page (the API's largest page), in order. */
async function fullText(document: string): Promise<Passage[]> {
  const passages: Passage[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const reply: ExplorePassagesQuery = await request(ExplorePassagesDocument, { document, after });
    const node = reply.node;
    if (node?.__typename !== 'Document') throw new Error(`not a document: ${document}`);
    passages.push(...node.passages.edges.map((edge) => edge.node));
    if (!node.passages.pageInfo.hasNextPage) break;
    after = node.passages.pageInfo.endCursor ?? null;
  }
  return passages;
}

function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = () => {
    const done = () => setCopied('yes');
    if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, () => setCopied('failed'));
    else setCopied('failed');
  };
  return (
    <button type="button" className="copy" onClick={copy} data-citation={text}>
      {copied === 'yes' ? '已复制 Copied' : copied === 'failed' ? '请手动复制 Copy by hand' : '复制引文 Copy citation'}
    </button>
  );
}

/** The document, every passage shown, the focused one outlined and the quote (if any) highlighted in it. */
function DocumentText({
  documentId,
  focus,
  evidence,
  route,
}: {
  documentId: string;
  focus: number;
  evidence: Evidence | null;
  route: Route;
}) {
  const loaded = useLoad(`doc|${documentId}`, () => fullText(documentId));
  const passages = loaded.state === 'done' ? loaded.data : null;
  useEffect(() => {
    if (!passages) return;
    // Scroll the text, not the page: the statement's header stays in view.
    const target = document.getElementById(`passage-${focus}`);
    const box = target?.closest('.fulltext');
    if (target && box instanceof HTMLElement) {
      box.scrollTop += target.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientHeight / 3;
    }
  }, [passages, focus]);
  return (
    <Show loaded={loaded} what="原文全文">
      {(list) => {
        const last = list[list.length - 1]?.ordinal ?? focus;
        return (
          <>
            <nav className="steps">
              <a
                className={focus <= 1 ? 'disabled' : ''}
                href={withParams(route, { p: String(Math.max(1, focus - 1)) })}
              >
                ↑ 上一段 Previous passage
              </a>
              <span>
                第 {focus} / {last} 段
              </span>
              <a
                className={focus >= last ? 'disabled' : ''}
                href={withParams(route, { p: String(Math.min(last, focus + 1)) })}
              >
                下一段 Next passage ↓
              </a>
            </nav>
            <article className="fulltext">
              {list.map((passage) => {
                const quoted = evidence && passage.id === evidence.passage.id ? evidence : null;
                const span = quoted
                  ? locateQuote(passage.text, quoted.quote, quoted.startOffset - passage.startOffset)
                  : null;
                const className = `passage kind-${passage.kind}${passage.ordinal === focus ? ' focus' : ''}`;
                return (
                  <p key={passage.id} id={`passage-${passage.ordinal}`} className={className} data-passage={passage.id}>
                    <a
                      className="lines"
                      href={withParams(route, { p: String(passage.ordinal) })}
                      title={passage.sectionPath.join(' › ')}
                    >
                      {passage.lines.start === passage.lines.end
                        ? passage.lines.start
                        : `${passage.lines.start}–${passage.lines.end}`}
                    </a>
                    {span ? (
                      <>
                        {passage.text.slice(0, span.start)}
                        <mark className="quote" data-exact={span.exact ? 'yes' : 'whitespace'}>
                          {passage.text.slice(span.start, span.end)}
                        </mark>
                        {passage.text.slice(span.end)}
                      </>
                    ) : (
                      passage.text
                    )}
                    {quoted && !span ? (
                      <span className="note">（引文未能在段落中定位 quote not located in the passage）</span>
                    ) : null}
                  </p>
                );
              })}
            </article>
          </>
        );
      }}
    </Show>
  );
}

export function EvidenceView({ id, route }: { id: string; route: Route }) {
  const loaded = useQuery(ExploreEvidenceDocument, { id });
  return (
    <Show loaded={loaded} what="出处">
      {({ node }) => {
        if (node?.__typename !== 'Evidence') return <p className="error">未找到出处 Not a statement: {id}</p>;
        const evidence: Evidence = node;
        const focus = Number(route.params.get('p') ?? evidence.passage.ordinal);
        return (
          <div className="reader">
            <header className="title">
              <p className="sub">
                {evidence.document.issuer?.name ?? ''} {evidence.document.year ?? ''}
              </p>
              <h2>《{evidence.document.title}》</h2>
              <p className="section">{evidence.sectionPath.join(' › ')}</p>
              <p className="meta">
                <StatusBadge status={evidence.status} />
                {evidence.year ? <span className="year">{evidence.year}年</span> : null}
                <span>
                  行 lines {evidence.lines.start}–{evidence.lines.end}
                </span>
                {evidence.implicit ? <span className="badge">隐含 {evidence.implicit}</span> : null}
                {evidence.impliedBy ? <span className="badge">推定 {evidence.impliedBy}</span> : null}
              </p>
              <blockquote className="stored-quote">{evidence.quote}</blockquote>
              {evidence.note ? <p className="sub">{evidence.note}</p> : null}
              <p className="citation">
                <span>{evidence.citation}</span> <CopyButton text={evidence.citation} />
              </p>
              <p className="sub">
                关于 About: <a href={href(['node', evidence.about.split('|')[0] ?? ''])}>{evidence.about}</a>
              </p>
            </header>
            <DocumentText documentId={evidence.document.id} focus={focus} evidence={evidence} route={route} />
          </div>
        );
      }}
    </Show>
  );
}

export function PassageView({ id, route }: { id: string; route: Route }) {
  const loaded = useQuery(ExploreEntityDocument, { id });
  return (
    <Show loaded={loaded} what="段落">
      {({ node }) => {
        if (!node || node.__typename !== 'Passage') return <p className="error">未找到段落 Not a passage: {id}</p>;
        const focus = Number(route.params.get('p') ?? node.ordinal);
        return (
          <div className="reader">
            <header className="title">
              <h2>《{node.document.title}》</h2>
              <p className="section">{node.sectionPath.join(' › ')}</p>
              {node.statements.length > 0 ? (
                <p className="sub">
                  本段的语句 Statements in this passage:{' '}
                  {node.statements.slice(0, 20).map((s, index) => (
                    <a key={s.id} className="chip" href={href(['evidence', s.id])}>
                      {index + 1}
                    </a>
                  ))}
                </p>
              ) : null}
            </header>
            <DocumentText documentId={node.document.id} focus={focus} evidence={null} route={route} />
          </div>
        );
      }}
    </Show>
  );
}
