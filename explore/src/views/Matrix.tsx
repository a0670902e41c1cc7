import type { ExploreCoverageQuery } from '../generated/graphql';
import { STATUS_LABEL, VIA_LABEL } from '../labels';
import { nodeHref, type Route } from '../route';
import { statementsHref } from '../ui';

type Row = ExploreCoverageQuery['coverage'][number];

interface Cell {
  rows: Row[];
  statuses: string[];
  years: number[];
  evidence: string[];
}

const STATUS_ORDER = ['ACHIEVED', 'ONGOING', 'PLANNED'];

/** Programmes × target groups: each cell the rows of that pair, with their statements' statuses and years. */
export function CoverageMatrix({ rows, route }: { rows: readonly Row[]; route: Route }) {
  if (rows.length === 0) return <p>没有覆盖记录 No coverage rows.</p>;
  const programmes = new Map<string, string>();
  const groups = new Map<string, string>();
  const cells = new Map<string, Cell>();
  for (const row of rows) {
    programmes.set(row.programme.id, row.programme.name);
    groups.set(row.targetGroup.id, row.targetGroup.name);
    const key = `${row.programme.id}|${row.targetGroup.id}`;
    const cell = cells.get(key) ?? { rows: [], statuses: [], years: [], evidence: [] };
    cell.rows.push(row);
    for (const statement of [...row.serves, ...row.covers]) {
      if (statement.status && !cell.statuses.includes(statement.status)) cell.statuses.push(statement.status);
      if (statement.year && !cell.years.includes(statement.year)) cell.years.push(statement.year);
      cell.evidence.push(statement.id);
    }
    cells.set(key, cell);
  }
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'zh-CN');
  const columns = [...groups].sort(byName);
  return (
    <div className="matrix-wrap">
      <table className="matrix">
        <thead>
          <tr>
            <th className="corner">项目 \ 对象 Programme × target group</th>
            {columns.map(([id, name]) => (
              <th key={id} scope="col">
                <a href={nodeHref(id)}>{name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...programmes].sort(byName).map(([programmeId, programmeName]) => (
            <tr key={programmeId}>
              <th scope="row">
                <a href={nodeHref(programmeId)}>{programmeName}</a>
              </th>
              {columns.map(([groupId, groupName]) => {
                const cell = cells.get(`${programmeId}|${groupId}`);
                if (!cell) return <td key={groupId} className="empty" />;
                const statuses = STATUS_ORDER.filter((status) => cell.statuses.includes(status));
                const years = cell.years.sort((a, b) => a - b);
                const yearText =
                  years.length === 0
                    ? ''
                    : years.length === 1
                      ? `${years[0]}`
                      : `${years[0]}–${years[years.length - 1]}`;
                const areas = cell.rows.map((row) =>
                  row.via === 'INHERITED' ? `${row.area.name}（${VIA_LABEL.INHERITED}）` : row.area.name,
                );
                return (
                  <td key={groupId} className={`cell status-${statuses[0] ?? 'NONE'}`}>
                    <a
                      href={statementsHref(route, cell.evidence, `${programmeName} × ${groupName}`)}
                      title={`${programmeName} × ${groupName}: ${[...new Set(areas)].join('、')}`}
                      data-cell={`${programmeName}|${groupName}`}
                    >
                      <span className="status">{statuses.map((s) => STATUS_LABEL[s]).join('/') || '—'}</span>
                      <span className="year">{yearText}</span>
                      <span className="areas">{[...new Set(areas)].join('、')}</span>
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
