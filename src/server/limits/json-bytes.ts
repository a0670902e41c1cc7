/**
 * The size in UTF-8 bytes of `JSON.stringify(value)`, computed by walking the value instead of building the
 * string: the response cap (MAX_RESPONSE_BYTES) needs the size of a result before Apollo serialises it.
 * Follows JSON.stringify: `undefined` and functions are left out of objects and become null in arrays, and
 * non-finite numbers are null. GraphQL results hold nothing else (no toJSON, no cycles).
 */
export function jsonBytes(value: unknown): number {
  return measure(value, exactStringBytes);
}

/**
 * A bound `jsonBytes` never exceeds, found without serialising a string: a string's JSON takes at most 6 bytes per
 * UTF-16 unit (a control character's `\u001f`, a lone surrogate's `\udc00`; a pair is 4 bytes for two units), plus
 * its quotes. The response cap computes the exact size only when this bound is over the cap.
 */
export function jsonBytesBound(value: unknown): number {
  return measure(value, (text) => text.length * 6 + 2);
}

function exactStringBytes(text: string): number {
  return Buffer.byteLength(JSON.stringify(text), 'utf8');
}

function measure(value: unknown, stringBytes: (text: string) => number): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return stringBytes(value);
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      return Array.isArray(value)
        ? arrayBytes(value, stringBytes)
        : objectBytes(value as Record<string, unknown>, stringBytes);
    default:
      return 0;
  }
}

function arrayBytes(items: unknown[], stringBytes: (text: string) => number): number {
  // Brackets and the commas between items.
  let bytes = 2 + Math.max(0, items.length - 1);
  for (const item of items) bytes += omitted(item) ? 4 : measure(item, stringBytes);
  return bytes;
}

function objectBytes(object: Record<string, unknown>, stringBytes: (text: string) => number): number {
  let bytes = 2;
  let members = 0;
  for (const key in object) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const item = object[key];
    if (omitted(item)) continue;
    // A comma before every member but the first, the key, the colon, the value.
    bytes += (members > 0 ? 1 : 0) + stringBytes(key) + 1 + measure(item, stringBytes);
    members += 1;
  }
  return bytes;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
