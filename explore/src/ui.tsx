import type { ReactNode } from 'react';
import type { Loaded } from './api';
import { ExploreStatementsDocument, type StatementCardFragment } from './generated/graphql';
import { useQuery } from './api';
import { STATUS_LABEL } from './labels';
import { href, withParams, type Route } from './route';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      正在载入{what}… <span className="en">Loading</span>
    </p>
  );
}

export function ErrorBox({ error }: { error: { message: string; code?: string | undefined } }) {
  return (
    <div className="error" role="alert">
      <strong>出错了 Error{error.code ? ` (${error.code})` : ''}</strong>
      <p>{error.message}</p>
    </div>
  );
}

/** Renders a loaded value, or its loading line, or its error: a view is never blank. */
export function Show<T>({
  loaded,
  what,
  children,
}: {
  loaded: Loaded<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (loaded.state === 'loading') return <Loading what={what} />;
  if (loaded.state === 'error') return <ErrorBox error={loaded.error} />;
  return <>{children(loaded.data)}</>;
}

export function StatusBadge({ status }: { status: string | null | undefined }) {
  if (!status) return <span className="badge">状态未注明</span>;
  return <span className={`badge status-${status}`}>{STATUS_LABEL[status] ?? status}</span>;
}

/** The statements (evidence) of a cell, relation or observation, opened from the URL's `st` param. */
export function StatementsPanel({ route }: { route: Route }) {
  const ids = (route.params.get('st') ?? '').split(',').filter(Boolean).slice(0, 100);
  const title = route.params.get('stTitle') ?? '';
  if (ids.length === 0) return null;
  return (
    <aside className="panel" aria-label="statements">
      <header>
        <h3>出处 Statements{title ? ` · ${title}` : ''}</h3>
        <a className="close" href={withParams(route, { st: undefined, stTitle: undefined })} aria-label="close">
          ×
        </a>
      </header>
      <StatementList ids={ids} />
    </aside>
  );
}

function StatementList({ ids }: { ids: string[] }) {
  const loaded = useQuery(ExploreStatementsDocument, { ids });
  return (
    <Show loaded={loaded} what="出处">
      {(data) => (
        <ol className="statements">
          {data.nodes.map((node, index) =>
            node && 'quote' in node ? (
              <StatementCard key={node.id} statement={node as StatementCardFragment} />
            ) : (
              <li key={index}>—</li>
            ),
          )}
        </ol>
      )}
    </Show>
  );
}

export function StatementCard({ statement }: { statement: StatementCardFragment }) {
  return (
    <li className="statement">
      <div className="meta">
        <StatusBadge status={statement.status} />
        {statement.year ? <span className="year">{statement.year}年</span> : null}
        <span className="doc">《{statement.document.title}》</span>
      </div>
      <div className="section">{statement.sectionPath.join(' › ') || '（无章节）'}</div>
      <blockquote>{statement.quote}</blockquote>
      <a className="open" href={href(['evidence', statement.id])}>
        在原文中查看 Open in the document →
      </a>
    </li>
  );
}

/** A link opening the statements of something in the side panel, keeping the view. */
export function statementsHref(route: Route, ids: readonly string[], title: string): string {
  return withParams(route, { st: [...new Set(ids)].slice(0, 100).join(','), stTitle: title });
}
