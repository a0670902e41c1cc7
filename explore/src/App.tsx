import { useState, type FormEvent } from 'react';
import { useQuery } from './api';
import { ExploreHomeDocument } from './generated/graphql';
import { href, useRoute, type Route } from './route';
import { StatementsPanel } from './ui';
import { AreaView } from './views/Area';
import { EntityView } from './views/Entity';
import { Home } from './views/Home';
import { ConceptView, IndicatorView } from './views/Indicator';
import { EvidenceView, PassageView } from './views/Reader';
import { Search } from './views/Search';

function View({ route }: { route: Route }) {
  const [kind, id = ''] = route.parts;
  switch (kind) {
    case undefined:
      return <Home />;
    case 'search':
      return <Search route={route} />;
    case 'area':
      return <AreaView id={id} route={route} />;
    case 'indicator':
      return <IndicatorView id={id} route={route} />;
    case 'concept':
      return <ConceptView id={id} route={route} />;
    case 'evidence':
      return <EvidenceView id={id} route={route} />;
    case 'passage':
      return <PassageView id={id} route={route} />;
    case 'node':
      return <EntityView id={id} route={route} />;
    default:
      return <p className="error">没有这个页面 No such view: {kind}</p>;
  }
}

function SearchBox({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) window.location.hash = href(['search'], { q: text.trim() });
  };
  return (
    <form className="search" role="search" onSubmit={submit}>
      <input
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="搜索 项目、对象、地区、机构、政策、指标… e.g. 平安通"
        aria-label="搜索 Search"
      />
      <button type="submit">搜索 Search</button>
    </form>
  );
}

function Release() {
  const loaded = useQuery(ExploreHomeDocument, {});
  if (loaded.state !== 'done' || !loaded.data.release) return null;
  return (
    <span title={loaded.data.release.version}>
      数据版本 Release {loaded.data.release.version.slice(0, 12)} · {loaded.data.release.ingestedAt.slice(0, 10)}
    </span>
  );
}

export function App() {
  const route = useRoute();
  const searchText = route.parts[0] === 'search' ? (route.params.get('q') ?? '') : '';
  return (
    <div className="app">
      <header className="top">
        <a className="brand" href="#/">
          民政政策图谱 <span className="en">Civil-affairs policy explorer</span>
        </a>
        <SearchBox key={searchText} initial={searchText} />
      </header>
      <div className={route.params.get('st') ? 'body with-panel' : 'body'}>
        <main>
          <View route={route} />
        </main>
        <StatementsPanel route={route} />
      </div>
      <footer>
        <Release /> · <a href="/graphql">GraphiQL</a>
      </footer>
    </div>
  );
}
