/**
 * "Did you mean …?" for a name that matched nothing. People type short forms (台山 for 台山市, 老人 for 老年人) and
 * near misses (台山县); the names a NOT_FOUND error offers are the known names closest to what was typed:
 * first those that contain it or that it contains (a short or long form), then those within a few edits.
 */

/** A node that could have been meant: its id, its name and the other spellings it is found by. */
export interface NameCandidate {
  id: string;
  name: string;
  aliases: string[];
  nameEn: string | null;
}

/** Inputs longer than this are not names a person typed: no suggestions (and no quadratic work on them). */
const MAX_INPUT_LENGTH = 64;

/**
 * Up to `max` names of the candidates nearest to `input`, best first; each candidate is suggested by its name
 * (which resolves), whichever of its spellings was near.
 */
export function nearestNames(input: string, candidates: readonly NameCandidate[], max = 3): string[] {
  let typed = normalise(input);
  if (typed === '' || typed.length > MAX_INPUT_LENGTH) return [];
  // An id (`AdministrativeArea:yunnan`) is compared with ids, by the part after the type, which all ids share.
  const asId = /^[a-z]+:/.exec(typed)?.[0];
  if (asId) typed = typed.slice(asId.length);
  // A few edits, relative to the length: one for a two-character name, two for six characters.
  const maxEdits = Math.max(1, Math.floor(typed.length / 3));
  const scored: { name: string; rank: number; distance: number }[] = [];
  for (const candidate of candidates) {
    let best: { rank: number; distance: number } | undefined;
    const id = normalise(candidate.id);
    const spellings = asId
      ? id.startsWith(asId)
        ? [id.slice(asId.length)]
        : []
      : [candidate.name, ...candidate.aliases, candidate.nameEn];
    for (const spelling of spellings) {
      if (!spelling) continue;
      const known = normalise(spelling);
      if (known === typed) continue; // an exact spelling would have matched: nothing to suggest from it
      const score = nearness(typed, known, maxEdits);
      if (score && (!best || score.rank < best.rank || (score.rank === best.rank && score.distance < best.distance))) {
        best = score;
      }
    }
    if (best) scored.push({ name: candidate.name, ...best });
  }
  scored.sort((a, b) => a.rank - b.rank || a.distance - b.distance || a.name.localeCompare(b.name));
  return [...new Set(scored.map((s) => s.name))].slice(0, max);
}

/** Rank 0: one contains the other (distance: the characters added or left out); rank 1: a few edits away. */
function nearness(typed: string, known: string, maxEdits: number): { rank: number; distance: number } | undefined {
  if (known.includes(typed) || typed.includes(known)) {
    // A one-character spelling inside a longer input says little (市 in 江门市民政局).
    if (known.length < 2 && typed.length > known.length) return undefined;
    return { rank: 0, distance: Math.abs(known.length - typed.length) };
  }
  const distance = editDistance(typed, known, maxEdits);
  return distance <= maxEdits ? { rank: 1, distance } : undefined;
}

/** Levenshtein distance by code point, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[t.length]!;
}

/** Full-width forms folded (ＡＢＣ, （）), case and surrounding whitespace ignored. */
function normalise(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}
