/**
 * "One thing, one node": two entities of one type that share a name or an alias are most likely one thing
 * curated twice (in two documents' files, by two curators). Quotation marks and brackets are ignored, since the
 * documents print the same name as 双百工程, “双百工程” or 《双百工程》. Reported as warnings, not errors: a short
 * relative alias (县民政局) may rightly name two bodies, each in its own documents.
 */
export interface Named {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
  /** Said by a curator to be other things despite the shared name. */
  distinctFrom?: readonly string[];
  /** An institution's area: 市政府 names one body in each city, so the same alias in two areas is no duplicate. */
  area?: string | null;
}

const MARKS = /[\s“”"‘’'《》〈〉「」『』]/g;

export function sharedNames(entities: readonly Named[]): { name: string; ids: string[] }[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const distinct = (a: string, b: string): boolean => {
    const x = byId.get(a)!;
    const y = byId.get(b)!;
    if (x.distinctFrom?.includes(b) || y.distinctFrom?.includes(a)) return true;
    return x.area !== undefined && y.area !== undefined && x.area !== null && y.area !== null && x.area !== y.area;
  };
  const byName = new Map<string, Set<string>>();
  for (const e of entities) {
    for (const surface of [e.name, ...e.aliases]) {
      const key = `${e.type}\u0000${surface.replace(MARKS, '')}`;
      if (surface.replace(MARKS, '').length < 2) continue;
      const ids = byName.get(key) ?? new Set<string>();
      ids.add(e.id);
      byName.set(key, ids);
    }
  }
  return [...byName]
    .map(([key, ids]) => [key, dropDistinct([...ids], distinct)] as const)
    .filter(([, ids]) => ids.size > 1)
    .map(([key, ids]) => ({ name: key.split('\u0000')[1]!, ids: [...ids].sort() }))
    .sort((a, b) => (a.ids.join() < b.ids.join() ? -1 : 1));
}

/** The ids that share the name with at least one other id they are not declared distinct from. */
function dropDistinct(ids: string[], distinct: (a: string, b: string) => boolean): Set<string> {
  return new Set(ids.filter((a) => ids.some((b) => a !== b && !distinct(a, b))));
}
