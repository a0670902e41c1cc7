import type { Row } from '../graph';
import type { Reader } from '../loaders';
import { toEntity, toPassage, type EntityRecord, type PassageRecord } from '../records';
import { searchQuery } from '../search-text';
import { highlight } from '../snippet';

export type SearchType =
  'PROGRAMME' | 'TARGET_GROUP' | 'AREA' | 'THEME' | 'INSTITUTION' | 'POLICY' | 'INDICATOR' | 'PASSAGE';

export interface SearchHitRecord {
  node: EntityRecord | PassageRecord;
  type: SearchType;
  score: number;
  snippet: string;
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

/**
 * Full-text search over entity names, English names and aliases (index entity_text) and passage text (index
 * passage_text), best first. Scores of the two indexes are merged as they are; each hit's snippet shows the
 * matched name, alias or passage text with the match in 【】.
 */
export async function search(
  read: Reader,
  args: { text: string; types: SearchType[] | null; first: number; maxLength: number },
): Promise<SearchHitRecord[]> {
  // Normalised, bounded by MAX_SEARCH_LENGTH and escaped before any statement runs (src/graph/search-text.ts).
  const { text, lucene: query } = searchQuery(args.text, args.maxLength);
  const types = args.types && args.types.length > 0 ? args.types : ALL_TYPES;
  if (args.first === 0) return [];
  const labels = types.filter((t): t is Exclude<SearchType, 'PASSAGE'> => t !== 'PASSAGE').map((t) => LABEL_OF[t]);
  const hits: SearchHitRecord[] = [];
  if (labels.length > 0) {
    const rows = await read('apiSearchEntities', { query, labels, limit: args.first });
    for (const row of rows) {
      const label = (row.labels as string[]).find((l) => TYPE_OF.has(l)) as EntityRecord['__typename'];
      const node = toEntity(label, row.props as Row);
      hits.push({ node, type: TYPE_OF.get(label)!, score: row.score as number, snippet: entitySnippet(node, text) });
    }
  }
  if (types.includes('PASSAGE')) {
    const rows = await read('apiSearchPassages', { query, limit: args.first });
    for (const row of rows) {
      const node = toPassage(row.props as Row);
      const passageText = node.text ?? ''; // apiSearchPassages reads every property
      const snippet = highlight(passageText, text) ?? passageText.slice(0, 60);
      hits.push({ node, type: 'PASSAGE', score: row.score as number, snippet });
    }
  }
  return hits.sort((a, b) => b.score - a.score || a.node.id.localeCompare(b.node.id)).slice(0, args.first);
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
