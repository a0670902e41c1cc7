/**
 * The size in UTF-8 bytes of `JSON.stringify(value)`, computed by walking the value instead of building the
 * string: the response cap (MAX_RESPONSE_BYTES) needs the size of a result before Apollo serialises it.
 * Follows JSON.stringify: `undefined` and functions are left out of objects and become null in arrays, and
 * non-finite numbers are null. GraphQL results hold nothing else (no toJSON, no cycles).
 */
export function jsonBytes(value: unknown): number {
  if (value === null) return 4;
  switch (typeof value) {
    case 'string':
      return Buffer.byteLength(JSON.stringify(value), 'utf8');
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      return Array.isArray(value) ? arrayBytes(value) : objectBytes(value as Record<string, unknown>);
    default:
      return 0;
  }
}

function arrayBytes(items: unknown[]): number {
  // Brackets and the commas between items.
  let bytes = 2 + Math.max(0, items.length - 1);
  for (const item of items) bytes += omitted(item) ? 4 : jsonBytes(item);
  return bytes;
}

function objectBytes(object: Record<string, unknown>): number {
  let bytes = 2;
  let members = 0;
  for (const key in object) {
    if (!Object.prototype.hasOwnProperty.call(object, key)) continue;
    const item = object[key];
    if (omitted(item)) continue;
    // A comma before every member but the first, the key, the colon, the value.
    bytes += (members > 0 ? 1 : 0) + jsonBytes(key) + 1 + jsonBytes(item);
    members += 1;
  }
  return bytes;
}

function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
