import type { EntityType, Mention, Passage } from '../model/facts';
import { stripWhitespace } from './quote-locator';

/**
 * Types whose names are looked for in the text. Indicators are left out: their names are table row labels
 * ("城镇低保标准占当地城镇居民上年度人均消费支出比率（%）") that prose never repeats verbatim, and the tables that
 * print them are already linked through the indicators' evidence. Policies are found as 《…》 citations instead
 * (policy-citations.ts), which is where the texts name them.
 */
export const MENTIONABLE_TYPES: readonly EntityType[] = [
  'Theme',
  'Programme',
  'TargetGroup',
  'AdministrativeArea',
  'Institution',
];

/** One-character names (市, 县) would match everywhere. */
const MIN_NAME_LENGTH = 2;

export interface MentionableEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  /**
   * The documents in which its aliases refer to it; absent: every document. Short aliases are often relative
   * (市政府, 县民政局 mean "this city's government", "this county's bureau"), so in another city's document
   * they name another body. The full name is matched everywhere.
   */
  aliasDocuments?: ReadonlySet<string>;
}

interface Target {
  entityId: string;
  /** Undefined: matched in every document. */
  documents: ReadonlySet<string> | undefined;
}

interface Surface {
  text: string;
  targets: Target[];
}

/**
 * Every place a name or alias of an entity occurs in a passage, whitespace ignored (a name broken by a PDF line
 * break still counts). Matching is leftmost-longest and non-overlapping: in 江门市民政局 only the institution is
 * a mention, not 江门市 inside it. When entities share a surface, each gets a mention at that place.
 * TOC passages are skipped: they repeat headings, not statements. Offsets are into the original text, which
 * `texts` gives by document id (passage.text is tidied, so offsets cannot be taken from it).
 *
 * Names are indexed by their first character, so each position of the ~370k characters costs one map lookup
 * plus a startsWith per name beginning with that character.
 */
export function findMentions(
  passages: readonly Passage[],
  entities: readonly MentionableEntity[],
  texts: ReadonlyMap<string, string>,
): Mention[] {
  const index = buildIndex(entities);
  const mentions: Mention[] = [];
  for (const passage of passages) {
    if (passage.kind === 'TOC') continue;
    const text = texts.get(passage.documentId);
    if (text === undefined) throw new Error(`findMentions: no text for ${passage.documentId} (passage ${passage.id})`);
    const { text: s, offsets } = stripWhitespace(text, passage.startOffset, passage.endOffset);
    let i = 0;
    while (i < s.length) {
      const hit = longestMatch(index.get(s[i]!), s, i, passage.documentId);
      if (!hit) {
        i++;
        continue;
      }
      const startOffset = offsets[i]!;
      const endOffset = offsets[i + hit.text.length - 1]! + 1;
      for (const entityId of hit.entityIds) {
        mentions.push({
          passageId: passage.id,
          documentId: passage.documentId,
          entityId,
          surface: hit.text,
          startOffset,
          endOffset,
        });
      }
      i += hit.text.length;
    }
  }
  return mentions;
}

/** The longest surface at position i that names an entity in this document, with the entities it names. */
function longestMatch(
  candidates: readonly Surface[] | undefined,
  s: string,
  i: number,
  documentId: string,
): { text: string; entityIds: string[] } | undefined {
  for (const surface of candidates ?? []) {
    if (!s.startsWith(surface.text, i)) continue;
    const entityIds = surface.targets
      .filter((t) => t.documents === undefined || t.documents.has(documentId))
      .map((t) => t.entityId);
    if (entityIds.length > 0) return { text: surface.text, entityIds };
  }
  return undefined;
}

/** First character → surfaces starting with it, longest first. */
function buildIndex(entities: readonly MentionableEntity[]): Map<string, Surface[]> {
  const bySurface = new Map<string, Surface>();
  for (const entity of entities) {
    if (!MENTIONABLE_TYPES.includes(entity.type)) continue;
    const names = [
      { name: entity.name, documents: undefined },
      ...entity.aliases.map((alias) => ({ name: alias, documents: entity.aliasDocuments })),
    ];
    for (const { name, documents } of names) {
      const text = stripWhitespace(name).text;
      if (text.length < MIN_NAME_LENGTH) continue;
      const surface = bySurface.get(text) ?? { text, targets: [] };
      const existing = surface.targets.find((t) => t.entityId === entity.id);
      // An entity whose name equals one of its aliases is matched wherever the name is.
      if (!existing) surface.targets.push({ entityId: entity.id, documents });
      else if (documents === undefined) existing.documents = undefined;
      bySurface.set(text, surface);
    }
  }
  const index = new Map<string, Surface[]>();
  for (const surface of bySurface.values()) {
    const first = surface.text[0]!;
    index.set(first, [...(index.get(first) ?? []), surface]);
  }
  for (const list of index.values()) list.sort((a, b) => b.text.length - a.text.length);
  return index;
}
