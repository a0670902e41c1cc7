/**
 * Merges an entity curated twice into one node: the duplicate's definition becomes a `ref:` entry of the one
 * kept (its quotes, with the relations they state, and its name and aliases as aliases stay), and every other
 * mention of the duplicate's id in the seeds folder now names the one kept. What the duplicate said about itself
 * that a ref cannot carry (kind, nameEn, flags) is printed, so the curator can move it by hand if it matters.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HELP = `Usage: npx tsx tools/merge-entities.ts [--seeds DIR] DUPLICATE_ID=KEPT_ID [DUPLICATE_ID=KEPT_ID …]

Turns each duplicate's definition into a ref: entry of the kept id and renames every reference to it.
Then run npm run ingest -- --check.`;

function main(argv: string[]): void {
  if (argv.length === 0 || argv.includes('-h') || argv.includes('--help')) {
    console.log(HELP);
    process.exit(argv.length === 0 ? 2 : 0);
  }
  const seedsAt = argv.indexOf('--seeds');
  const seeds = seedsAt >= 0 ? argv[seedsAt + 1]! : path.resolve(__dirname, '../seeds');
  const pairs = argv
    .filter((_a, i) => seedsAt < 0 || (i !== seedsAt && i !== seedsAt + 1))
    .map((a) => {
      const [drop, keep] = a.split('=');
      if (!drop || !keep || !drop.includes(':') || !keep.includes(':'))
        throw new Error(`not DUPLICATE_ID=KEPT_ID: ${a}`);
      return { drop, keep };
    });
  const files = ['taxonomy', 'facts'].flatMap((dir) =>
    readdirSync(path.join(seeds, dir))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => path.join(seeds, dir, f)),
  );
  for (const { drop, keep } of pairs) {
    let defined = false;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(drop)) continue;
      const rewritten = toRef(text, drop);
      if (rewritten) {
        defined = true;
        const left = rewritten.left.length ? `; not carried over: ${rewritten.left.join(' | ')}` : '';
        console.log(`${path.relative(seeds, file)}: ${drop} is now a ref: of ${keep}${left}`);
      }
      // Every remaining occurrence of the id (in refs, relations, measures …) now names the kept entity.
      writeFileSync(file, (rewritten?.text ?? text).split(drop).join(keep));
    }
    if (!defined) throw new Error(`${drop} is defined in no file of ${seeds}`);
  }
}

/**
 * Rewrites the entry `- id: drop` as `- ref: drop` with its name and aliases as aliases and its evidence as it
 * was, working on the lines so the rest of the file keeps its layout. Returns the keys it left out, or null
 * when the file does not define `drop`.
 */
function toRef(text: string, drop: string): { text: string; left: string[] } | null {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^\\s*- id: ${escape(drop)}\\s*$`).test(l));
  if (at < 0) return null;
  const indent = lines[at]!.indexOf('-');
  const inner = ' '.repeat(indent + 2);
  let end = at + 1;
  while (end < lines.length && (lines[end]!.trim() === '' || lines[end]!.search(/\S/) > indent)) end++;
  // The entry's fields: a line at the inner indent starts one; deeper lines continue it.
  const chunks: { key: string; lines: string[] }[] = [];
  for (const line of lines.slice(at + 1, end)) {
    const key = line.startsWith(inner) && line[inner.length] !== ' ' ? /^\s*([A-Za-z]+):/.exec(line)?.[1] : undefined;
    if (key) chunks.push({ key, lines: [line] });
    else chunks[chunks.length - 1]?.lines.push(line);
  }
  const field = (key: string) => chunks.find((c) => c.key === key);
  const aliases = new Set<string>();
  const name = field('name') ?? field('title');
  if (name) aliases.add(unquote(name.lines[0]!.replace(/^\s*(name|title):\s*/, '')));
  const list = field('aliases');
  if (list) {
    const flow = /\[(.*)\]/.exec(list.lines.join(' '));
    const items = flow ? flow[1]!.split(',') : list.lines.slice(1).map((l) => l.replace(/^\s*-\s*/, ''));
    for (const a of items) if (a.trim()) aliases.add(unquote(a.trim()));
  }
  const left = chunks
    .filter((c) => !['name', 'title', 'aliases', 'evidence'].includes(c.key))
    .map((c) => c.lines.join(' ').trim());
  const entry = [
    `${' '.repeat(indent)}- ref: ${drop}`,
    `${inner}aliases: [${[...aliases].map((a) => JSON.stringify(a)).join(', ')}]`,
    ...(field('evidence')?.lines ?? []),
  ];
  return { text: [...lines.slice(0, at), ...entry, ...lines.slice(end)].join('\n'), left };
}

function unquote(value: string): string {
  const v = value.trim();
  return (v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")) ? v.slice(1, -1) : v;
}

function escape(id: string): string {
  return id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(`merge-entities: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
