import type { Row } from '../graph';
import type { Reader } from '../loaders';
import { toEntity, toPassage, type EntityRecord, type PassageRecord } from '../records';
import { BadUserInputError } from '../../errors';
import type { PassageKind } from '../../model/facts';
import { highlightUnit, passageUnits, queryTerms, scoreEntity, scorePassage, type TextUnit } from '../search-score';
import { searchQuery } from '../search-text';
import { highlight } from '../snippet';

export type SearchType =
  'PROGRAMME' | 'TARGET_GROUP' | 'AREA' | 'THEME' | 'INSTITUTION' | 'POLICY' | 'INDICATOR' | 'PASSAGE';

export interface SnippetLineRecord {
  text: string;
  lines: { start: number; end: number };
}

export interface SearchHitRecord {
  node: EntityRecord | PassageRecord;
  type: SearchType;
  score: number;
  snippet: string;
  snippetLines: SnippetLineRecord[];
  tableTitle: string | null;
}

export interface SearchFilter {
  documents?: readonly string[] | null;
  sectionPrefix?: readonly string[] | null;
  passageKinds?: readonly PassageKind[] | null;
}

const LABEL_OF: Record<Exclude<SearchType, 'PASSAGE'>, EntityRecord['__typename']> = {
  PROGRAMME: 'Programme',
  TARGET_GROUP: 'TargetGroup',
  AREA: 'AdministrativeArea',
  THEME: 'Theme',
  INSTITUTION: 'Institution',
  POLICY: 'Policy',
  INDICATOR: 'Indicator',
};
const TYPE_OF = new Map<string, SearchType>(
  Object.entries(LABEL_OF).map(([type, label]) => [label, type as SearchType]),
);
const ALL_TYPES = [...Object.keys(LABEL_OF), 'PASSAGE'] as SearchType[];

/** Lucene candidates re-ranked per index: generous, since the re-rank, not Lucene, decides the order. */
const CANDIDATES = 300;
/** With a filter, Lucene's best candidates may all be filtered out: look further. */
const FILTERED_CANDIDATES = 2000;

/**
 * Full-text search over entity names, English names and aliases (index entity_text) and passage text (index
 * passage_text), best first. Lucene retrieves candidates; src/graph/search-score.ts scores them on one 0–1
 * scale and picks each passage's snippet lines (sentences or table rows, with their document lines).
 */
export async function search(
  read: Reader,
  args: {
    text: string;
    types: SearchType[] | null;
    first: number;
    maxLength: number;
    filter?: SearchFilter | null;
  },
): Promise<SearchHitRecord[]> {
  // Normalised, bounded by MAX_SEARCH_LENGTH and escaped before any statement runs (src/graph/search-text.ts).
  const { text, lucene: query } = searchQuery(args.text, args.maxLength);
  const filter = checkFilter(args.filter ?? null);
  const types = args.types && args.types.length > 0 ? args.types : ALL_TYPES;
  if (args.first === 0) return [];
  if (filter.documents) {
    const found = new Set((await read('apiSearchDocumentIds', { documents: filter.documents })).map((r) => r.id));
    const unknown = filter.documents.find((id) => !found.has(id));
    if (unknown !== undefined)
      throw new BadUserInputError('filter.documents', `no document ${JSON.stringify(unknown)}`);
  }
  const terms = queryTerms(text);
  const filtered = filter.documents !== null || filter.sectionPrefix !== null || filter.passageKinds !== null;
  const candidates = filtered ? FILTERED_CANDIDATES : CANDIDATES;
  const labels = types.filter((t): t is Exclude<SearchType, 'PASSAGE'> => t !== 'PASSAGE').map((t) => LABEL_OF[t]);
  const hits: (SearchHitRecord & {
    lucene: number;
    passage?: { source: string; title: PassageRecord | null };
  })[] = [];
  // Both indexes are asked at once: the statements are independent, and a round trip is much of a search's time.
  // Entities are no passages: a passage-kind filter leaves only passages.
  const rowsOf = async (answer: Promise<Row[]>) => ((await answer)[0]?.rows ?? []) as Row[];
  const [entityRows, passageRows] = await Promise.all([
    labels.length > 0 && filter.passageKinds === null
      ? rowsOf(
          read('apiSearchEntities', {
            query,
            labels,
            candidates,
            documents: filter.documents,
            sectionPrefix: filter.sectionPrefix,
          }),
        )
      : [],
    types.includes('PASSAGE')
      ? rowsOf(
          read('apiSearchPassages', {
            query,
            candidates,
            numbers: terms.numbers,
            documents: filter.documents,
            sectionPrefix: filter.sectionPrefix,
            kinds: filter.passageKinds,
          }),
        )
      : [],
  ]);
  for (const row of entityRows) {
    const label = (row.labels as string[]).find((l) => TYPE_OF.has(l)) as EntityRecord['__typename'];
    const node = toEntity(label, row.props as Row);
    const { score } = scoreEntity([node.name, ...(node.nameEn ? [node.nameEn] : []), ...node.aliases], terms);
    hits.push({
      node,
      type: TYPE_OF.get(label)!,
      score,
      snippet: entitySnippet(node, text),
      snippetLines: [],
      tableTitle: null,
      lucene: row.score as number,
    });
  }
  for (const row of passageRows) {
    const props = row.props as Row;
    const node = toPassage(props);
    const titleProps = row.title as Row | null;
    const title = titleProps ? toPassage(titleProps) : null;
    // Scored without line numbers (the alignment with the source costs more than the score): the lines are
    // found for the hits returned only, below.
    const units = passageUnits(node.kind, textOf(node), null, node.lines.start);
    const { score } = scorePassage(units, titleUnitOf(title), terms);
    if (score === 0) continue;
    hits.push({
      node,
      type: 'PASSAGE',
      score,
      snippet: '',
      snippetLines: [],
      tableTitle: title?.text ?? null,
      lucene: row.score as number,
      passage: { source: sourceOf(props, textOf(node)), title },
    });
  }
  return hits
    .sort((a, b) => b.score - a.score || b.lucene - a.lucene || a.node.id.localeCompare(b.node.id))
    .slice(0, args.first)
    .map(({ lucene: _lucene, passage, ...hit }) => {
      if (!passage || hit.node.__typename !== 'Passage') return hit;
      const node = hit.node;
      const units = passageUnits(node.kind, textOf(node), passage.source, node.lines.start);
      const { snippet, best } = scorePassage(units, titleUnitOf(passage.title), terms);
      return {
        ...hit,
        snippet: highlight(best.text, text) ?? best.text.slice(0, 60),
        snippetLines: snippet.map((u) => ({
          text: highlightUnit(u.text, terms),
          lines: { start: u.startLine, end: u.endLine },
        })),
      };
    });
}

/** apiSearchPassages reads passages with their text (statements read them without it, records.ts). */
function textOf(passage: PassageRecord): string {
  if (passage.text === null) throw new Error(`${passage.id} was read without its text`);
  return passage.text;
}

function titleUnitOf(title: PassageRecord | null): TextUnit | null {
  return title ? { text: textOf(title), startLine: title.lines.start, endLine: title.lines.end } : null;
}
/** Passages written before Passage.source existed fall back to their text (lines then count from the start). */
function sourceOf(props: Row, text: string): string {
  return typeof props.source === 'string' ? props.source : text;
}

/** The filter with empty lists as no restriction and section headings compact (spaces are ignored there). */
function checkFilter(filter: SearchFilter | null): {
  documents: string[] | null;
  sectionPrefix: string[] | null;
  passageKinds: PassageKind[] | null;
} {
  const list = <T>(xs: readonly T[] | null | undefined) => (xs && xs.length > 0 ? [...xs] : null);
  const prefix = list(filter?.sectionPrefix)?.map((p) => p.normalize('NFKC').replace(/\s+/gu, ''));
  const empty = prefix?.findIndex((p) => p === '');
  if (empty !== undefined && empty !== -1) {
    throw new BadUserInputError(`filter.sectionPrefix[${empty}]`, 'must not be empty');
  }
  return {
    documents: list(filter?.documents),
    sectionPrefix: prefix ?? null,
    passageKinds: list(filter?.passageKinds),
  };
}

/**
 * The name with the match highlighted; when an alias or the English name holds the whole search text and the
 * name does not, `name（alias）` with the alias highlighted. Otherwise the field with the partial (bigram) match.
 */
function entitySnippet(entity: EntityRecord, text: string): string {
  const others = [...entity.aliases, ...(entity.nameEn ? [entity.nameEn] : [])];
  const whole = (field: string) => field.toLowerCase().includes(text.toLowerCase());
  const inOther = (field: string) => `${entity.name}（${highlight(field, text)}）`;
  if (whole(entity.name)) return highlight(entity.name, text)!;
  const exact = others.find(whole);
  if (exact !== undefined) return inOther(exact);
  const partial = others.find((field) => highlight(field, text) !== null);
  return highlight(entity.name, text) ?? (partial !== undefined ? inOther(partial) : entity.name);
}
