import type { EntityType, Mention, Passage } from './facts';
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
}

interface Surface {
  text: string;
  entityIds: string[];
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
      const hit = index.get(s[i]!)?.find((surface) => s.startsWith(surface.text, i));
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

/** First character → surfaces starting with it, longest first. */
function buildIndex(entities: readonly MentionableEntity[]): Map<string, Surface[]> {
  const bySurface = new Map<string, Surface>();
  for (const entity of entities) {
    if (!MENTIONABLE_TYPES.includes(entity.type)) continue;
    for (const name of [entity.name, ...entity.aliases]) {
      const text = stripWhitespace(name).text;
      if (text.length < MIN_NAME_LENGTH) continue;
      const surface = bySurface.get(text) ?? { text, entityIds: [] };
      if (!surface.entityIds.includes(entity.id)) surface.entityIds.push(entity.id);
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
