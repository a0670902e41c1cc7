/**
 * Compares the facts two seeds folders give, ignoring where in the seed files each fact was written (file and
 * line): what a rewrite of the seed files (say, into the lean format) changed in the graph. Prints one line per
 * difference and a fingerprint of each side.
 */
import { createHash } from 'node:crypto';
import type { Evidence, FactSet } from '../src/model/facts';
import { loadSeeds } from '../src/ingest/seed-files';

const HELP = `Usage: npx tsx tools/compare-seeds.ts BEFORE_SEEDS_DIR AFTER_SEEDS_DIR

Loads and verifies both seeds folders and lists the facts that differ (entities, relations with their statements,
indicators with their observations), ignoring seed-file positions. Exits 1 when they differ.`;

type Facts = Map<string, string>;

/** Every fact as `key → canonical JSON`, positions in the seed files left out. */
export function factsOf(set: FactSet): Facts {
  const facts: Facts = new Map();
  const ev = (e: Evidence) => [e.documentId, e.quote, e.status, e.year, e.note, e.implicit, e.impliedBy, e.flags];
  const put = (key: string, value: unknown) => facts.set(key, canonical(value));
  for (const list of Object.values(set.entities))
    for (const e of list) {
      const { source: _s, evidence, ...rest } = e as typeof e & { source: unknown };
      put(`entity ${e.id}`, { ...rest, evidence: evidence.map(ev).sort() });
    }
  for (const i of set.indicators) {
    const { source: _s, evidence, observations, ...rest } = i;
    put(`indicator ${i.id}`, { ...rest, evidence: evidence.map(ev).sort() });
    observations.forEach((o) => {
      const { source: _o, evidence: oe, ...orest } = o;
      put(`observation ${i.id} ${o.year} ${o.kind} ${o.scope ?? ''} ${o.text ?? ''}`, {
        ...orest,
        evidence: oe.map(ev).sort(),
      });
    });
  }
  for (const r of set.relations)
    put(`relation ${r.key}`, {
      flags: r.flags,
      statements: r.statements
        .map(ev)
        .map((s) => JSON.stringify(s))
        .sort(),
    });
  return facts;
}

/** JSON with object keys sorted, so that field order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function fingerprint(facts: Facts): string {
  const hash = createHash('sha256');
  for (const key of [...facts.keys()].sort()) hash.update(key).update('\0').update(facts.get(key)!).update('\0');
  return hash.digest('hex');
}

function main(argv: string[]): void {
  if (argv.length !== 2 || argv.includes('--help') || argv.includes('-h')) {
    console.log(HELP);
    process.exit(argv.length === 2 ? 0 : 2);
  }
  const [before, after] = argv.map((dir) => factsOf(loadSeeds(dir!)));
  let differences = 0;
  for (const key of new Set([...before!.keys(), ...after!.keys()])) {
    const a = before!.get(key);
    const b = after!.get(key);
    if (a === b) continue;
    differences++;
    if (a === undefined) console.log(`+ ${key}: ${b}`);
    else if (b === undefined) console.log(`- ${key}: ${a}`);
    else console.log(`~ ${key}:\n    before ${a}\n    after  ${b}`);
  }
  console.log(
    `before ${fingerprint(before!).slice(0, 16)} (${before!.size} facts), after ${fingerprint(after!).slice(0, 16)} (${after!.size} facts), ${differences} differ`,
  );
  process.exit(differences > 0 ? 1 : 0);
}

if (require.main === module) main(process.argv.slice(2));
