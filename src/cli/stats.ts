import { ConfigError, loadConfig } from '../config';
import { withGraph } from '../graph/connect';
import { formatGraphStats, readGraphStats } from '../graph/graph-stats';

const HELP = `Usage: npm run stats [-- --json]

Prints counts per node label and relationship type, the share of curated facts with verified
evidence (100% after a successful ingest) and the share of passages linked to at least one entity.`;

async function main(argv: string[]): Promise<void> {
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log(HELP);
    return;
  }
  const unknown = argv.find((a) => a !== '--json');
  if (unknown) throw new Error(`unknown option "${unknown}"\n\n${HELP}`);
  const stats = await withGraph(loadConfig(), (line) => console.error(`[neo4j] ${line}`), readGraphStats);
  console.log(argv.includes('--json') ? JSON.stringify(stats, null, 2) : formatGraphStats(stats));
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `[stats] ${error instanceof ConfigError ? `config error: ${error.message}` : error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
