import { BadUserInputError, NotFoundError } from '../../errors';
import type { Reader } from '../loaders';

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
 * that matches nothing. Inputs left out (null or
 * undefined text) resolve to null, which the api-*.cypher statements read as "no filter".
 */
export async function resolveNames(
  read: Reader,
  lookups: { field: string; labels: string[]; text: string | null | undefined }[],
): Promise<Record<string, string[] | null>> {
  const inputs = lookups
    .filter((l): l is NameLookup => l.text !== null && l.text !== undefined)
    .map((l) => ({ ...l, text: l.text.trim() }));
  const empty = inputs.find((l) => l.text === '');
  if (empty) throw new BadUserInputError(empty.field, 'must not be empty (give an id, a name or an alias)');
  const resolved: Record<string, string[] | null> = Object.fromEntries(lookups.map((l) => [l.field, null]));
  if (inputs.length === 0) return resolved;
  const rows = await read('apiResolveNames', { inputs });
  const found = new Map(rows.map((row) => [row.field as string, row.ids as string[]]));
  for (const input of inputs) {
    const ids = found.get(input.field);
    if (!ids || ids.length === 0) throw new NotFoundError(input.field, input.text);
    resolved[input.field] = ids;
  }
  return resolved;
}
