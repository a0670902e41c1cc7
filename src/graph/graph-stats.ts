import type { Graph } from './graph';

/** What `npm run stats` prints: counts per label and relationship type, evidence and linking shares. */
export interface GraphStats {
  release: { version: string; ingestedAt: string } | null;
  labels: Record<string, number>;
  relationships: Record<string, number>;
  curatedNodes: { total: number; evidenced: number };
  curatedRelations: { total: number; evidenced: number };
  passages: { total: number; linked: number };
  /** Per document: its statements (and how many the ingest implied) and the nodes they speak of, by label. */
  documents: { id: string; statements: number; implied: number; counts: Record<string, number> }[];
}

export async function readGraphStats(graph: Graph): Promise<GraphStats> {
  const [labels, relationships, nodes, relations, passages, release, documents] = await Promise.all([
    graph.read('statsLabelCounts'),
    graph.read('statsRelationshipCounts'),
    graph.read('statsCuratedNodeEvidence'),
    graph.read('statsCuratedRelationEvidence'),
    graph.read('statsPassageLinks'),
    graph.read('statsRelease'),
    graph.read('statsPerDocument'),
  ]);
  return {
    release: release[0] ? { version: String(release[0].version), ingestedAt: String(release[0].ingestedAt) } : null,
    labels: Object.fromEntries(labels.map((r) => [String(r.label), Number(r.count)])),
    relationships: Object.fromEntries(relationships.map((r) => [String(r.type), Number(r.count)])),
    curatedNodes: { total: Number(nodes[0]?.total ?? 0), evidenced: Number(nodes[0]?.evidenced ?? 0) },
    curatedRelations: { total: Number(relations[0]?.total ?? 0), evidenced: Number(relations[0]?.evidenced ?? 0) },
    passages: { total: Number(passages[0]?.total ?? 0), linked: Number(passages[0]?.linked ?? 0) },
    documents: documents.map((r) => ({
      id: String(r.document),
      statements: Number(r.statements),
      implied: Number(r.implied),
      counts: Object.fromEntries((r.counts as [string, number][]).map(([label, count]) => [label, Number(count)])),
    })),
  };
}

/** The columns of the per-document table: label and its short heading. */
const PER_DOCUMENT: [string, string][] = [
  ['Programme', 'progr'],
  ['TargetGroup', 'groups'],
  ['AdministrativeArea', 'areas'],
  ['Institution', 'instit'],
  ['Policy', 'policy'],
  ['Indicator', 'indic'],
  ['Observation', 'observ'],
  ['Theme', 'themes'],
];

export function formatGraphStats(stats: GraphStats): string {
  const pct = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
  const lines = [
    `release ${stats.release ? `${stats.release.version.slice(0, 12)} ingested ${stats.release.ingestedAt}` : '(none: run npm run ingest)'}`,
    '',
    'nodes',
    ...Object.entries(stats.labels).map(([label, count]) => `  ${label.padEnd(20)} ${count}`),
    '',
    'relationships',
    ...Object.entries(stats.relationships).map(([type, count]) => `  ${type.padEnd(20)} ${count}`),
    '',
    `curated nodes with verified evidence      ${stats.curatedNodes.evidenced}/${stats.curatedNodes.total} (${pct(stats.curatedNodes.evidenced, stats.curatedNodes.total)})`,
    `curated relations with verified evidence  ${stats.curatedRelations.evidenced}/${stats.curatedRelations.total} (${pct(stats.curatedRelations.evidenced, stats.curatedRelations.total)})`,
    `passages linked to at least one entity    ${stats.passages.linked}/${stats.passages.total} (${pct(stats.passages.linked, stats.passages.total)})`,
    '',
    'per document (nodes its statements support or relate)',
    `  ${'document'.padEnd(44)} ${PER_DOCUMENT.map(([, short]) => short.padStart(7)).join(' ')} statements (implied)`,
    ...stats.documents.map(
      (d) =>
        `  ${d.id.replace(/^Document:/, '').padEnd(44)} ${PER_DOCUMENT.map(([label]) => String(d.counts[label] ?? 0).padStart(7)).join(' ')} ${d.statements} (${d.implied})`,
    ),
  ];
  return lines.join('\n');
}
