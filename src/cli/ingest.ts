import { ConfigError, loadConfig } from '../config';
import { withGraph } from '../graph/connect';
import { DEFAULT_SEEDS_DIR, ingestSeeds } from '../ingest/ingest';
import { loadSeeds } from '../ingest/seed-files';

const HELP = `Usage: npm run ingest -- [options]

Reads seeds/ (documents, taxonomy, facts), verifies every evidence quote against its document, and
loads the graph into Neo4j in one transaction (all or nothing). Running it twice changes nothing.

Options:
  --check          verify the seed files only; do not touch Neo4j
  --force          rewrite the graph even if it already holds this release
  --seeds <dir>    seed folder (default: seeds/)
  -h, --help       this text

Neo4j: NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, or the embedded Neo4j when NEO4J_URI is unset.`;

interface Args {
  check: boolean;
  force: boolean;
  seedsDir: string;
}

function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { check: false, force: false, seedsDir: DEFAULT_SEEDS_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '--check') args.check = true;
    else if (arg === '--force') args.force = true;
    else if (arg === '--seeds') {
      const dir = argv[++i];
      if (!dir) throw new UsageError('--seeds needs a folder');
      args.seedsDir = dir;
    } else throw new UsageError(`unknown option "${arg}"`);
  }
  return args;
}

class UsageError extends Error {}

const log = (line: string) => console.log(`[ingest] ${line}`);

async function main(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  if (args === 'help') {
    console.log(HELP);
    return;
  }
  if (args.check) {
    const facts = await loadSeeds(args.seedsDir);
    for (const warning of facts.warnings) log(`warning: ${warning}`);
    log(
      `seed files are valid: ${facts.documents.length} documents, ${facts.relations.length} relations, ${facts.indicators.length} indicators`,
    );
    return;
  }
  await withGraph(
    loadConfig(),
    (line) => console.log(`[neo4j] ${line}`),
    (graph) => ingestSeeds(graph, { seedsDir: args.seedsDir, force: args.force, log }),
  );
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`[ingest] ${error.message}\n\n${HELP}`);
    else if (error instanceof ConfigError) console.error(`[ingest] config error: ${error.message}`);
    else
      console.error(
        `[ingest] failed; the graph is unchanged.\n${error instanceof Error ? error.message : String(error)}`,
      );
    process.exit(1);
  },
);
