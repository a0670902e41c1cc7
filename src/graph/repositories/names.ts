import { BadUserInputError, NotFoundError } from '../../errors';
import type { Reader } from '../loaders';
import { nearestNames, type NameCandidate } from '../nearest-names';

/** A filter input to resolve: `text` is an id, a name or an alias of a node with one of `labels`. */
export interface NameLookup {
  /** The argument it came from, named in the NOT_FOUND error (e.g. `targetGroup`). */
  field: string;
  /** The labels the node may have (e.g. an indicator measures a Theme or a Programme). */
  labels: string[];
  text: string;
}

/**
 * Resolves every given filter input in one statement, to the ids it denotes (a name or alias may denote
 * several nodes). Inputs are trimmed; an empty one is BAD_USER_INPUT. Throws NOT_FOUND naming the first input
 * that matches nothing, with the nearest known names. Inputs left out (null or undefined text) resolve to null,
 * which the api-*.cypher statements read as "no filter".
 */
export async function resolveNames(
  read: Reader,
  lookups: { field: string; labels: string[]; text: string | null | undefined }[],
): Promise<Record<string, string[] | null>> {
  const inputs = nameInputs(lookups);
  const resolved: Record<string, string[] | null> = Object.fromEntries(lookups.map((l) => [l.field, null]));
  if (inputs.length === 0) return resolved;
  const rows = await read('apiResolveNames', { inputs });
  const found = new Map(rows.map((row) => [row.field as string, row.ids as string[]]));
  for (const input of inputs) {
    const ids = found.get(input.field);
    if (!ids || ids.length === 0) throw await notFound(read, input.field, input.text, input.labels);
    resolved[input.field] = ids;
  }
  return resolved;
}

/**
 * The `$inputs` of a statement that resolves its filter inputs itself (cypher fragment namedIds), saving the round
 * trip of resolveNames: the given ones, trimmed. An empty one is BAD_USER_INPUT, before anything is sent.
 */
export function nameInputs(
  lookups: { field: string; labels: string[]; text: string | null | undefined }[],
): NameLookup[] {
  const inputs = lookups
    .filter((l): l is NameLookup => l.text !== null && l.text !== undefined)
    .map((l) => ({ ...l, text: l.text.trim() }));
  const empty = inputs.find((l) => l.text === '');
  if (empty) throw new BadUserInputError(empty.field, 'must not be empty (give an id, a name or an alias)');
  return inputs;
}

/**
 * After a statement that resolved `inputs` itself answered nothing: NOT_FOUND for the first input that names
 * nothing (namedIds answers nothing then), or nothing when every input names a node and the answer is just empty.
 * The round trip is paid only by empty answers.
 */
export async function assertNamed(read: Reader, inputs: NameLookup[]): Promise<void> {
  await resolveNames(read, inputs);
}

/**
 * The one answer to an id, name or alias that matches nothing, whichever argument it came in (a filter, `area`,
 * `compare`): NOT_FOUND naming the argument and the input, with the nearest known names of those labels.
 */
export async function notFound(read: Reader, field: string, input: string, labels: string[]): Promise<NotFoundError> {
  const rows = await read('apiNameCandidates', { labels });
  const candidates: NameCandidate[] = rows.map((row) => ({
    id: row.id as string,
    name: row.name as string,
    aliases: (row.aliases as string[] | null) ?? [],
    nameEn: (row.nameEn as string | null) ?? null,
  }));
  return new NotFoundError(field, input, nearestNames(input, candidates));
}
