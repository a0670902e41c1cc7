import { ConfigError, loadConfig } from '../config';
import { startEmbeddedNeo4j, stopRunning, runningPort } from '../graph/embedded/embedded-neo4j';
import { PrerequisiteError } from '../graph/embedded/prerequisites';
import { embeddedLayout, provision } from '../graph/embedded/provision';

const HELP = `Usage: npm run neo4j -- <command>

Manages the project's embedded Neo4j 5.26 Community (Maven Central, Bolt on 127.0.0.1).
Not needed when NEO4J_URI points at your own server.

Commands:
  provision   download Neo4j with Maven into .neo4j/ (once; later runs do nothing)
  start       start Neo4j in the foreground (Ctrl-C stops it cleanly); reuses the store
  stop        stop a Neo4j left running by an earlier process
  status      say whether it runs, and on which port
  env         print NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD for the running Neo4j

Environment: NEO4J_EMBEDDED_PORT (default 7687), NEO4J_EMBEDDED_HOME (default .neo4j)`;

const log = (line: string) => console.log(`[neo4j] ${line}`);

async function main(argv: string[]): Promise<number> {
  const command = argv[0];
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command === undefined ? 1 : 0;
  }
  const config = loadConfig();
  switch (command) {
    case 'provision':
      // npm test and CI call this first; with a server of one's own there is nothing to provision.
      if (config.neo4j) {
        log(`NEO4J_URI is set (${config.neo4j.uri}): using that Neo4j, nothing to provision`);
        return 0;
      }
      await provision(embeddedLayout(config.embeddedHome), log);
      log('provisioned');
      return 0;
    case 'start': {
      const neo = await startEmbeddedNeo4j({
        home: config.embeddedHome,
        preferredPort: config.embeddedBoltPort,
        database: config.neo4jDatabase,
        log,
      });
      if (!neo.owned) return 0;
      log('running; press Ctrl-C to stop');
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await neo.stop();
      log('stopped');
      return 0;
    }
    case 'stop':
      log((await stopRunning(config.embeddedHome)) ? 'stopped' : 'not running');
      return 0;
    case 'status': {
      const port = await runningPort(config.embeddedHome);
      log(port === undefined ? 'not running' : `running on bolt://127.0.0.1:${port}`);
      return 0;
    }
    case 'env': {
      const port = await runningPort(config.embeddedHome);
      if (port === undefined) throw new PrerequisiteError('the embedded Neo4j is not running (npm run neo4j -- start)');
      const { readFileSync } = await import('node:fs');
      const password = readFileSync(embeddedLayout(config.embeddedHome).passwordFile, 'utf8').trim();
      console.log(`NEO4J_URI=bolt://127.0.0.1:${port}\nNEO4J_USER=neo4j\nNEO4J_PASSWORD=${password}`);
      return 0;
    }
    default:
      console.error(`unknown command "${command}"\n\n${HELP}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof PrerequisiteError || error instanceof ConfigError) {
      console.error(`[neo4j] ${error.message}`);
    } else {
      console.error(`[neo4j] ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
