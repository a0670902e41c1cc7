import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PrerequisiteError, checkJava, checkMaven, explainMavenFailure } from './prerequisites';

/**
 * Provisions Neo4j 5.26 Community from Maven Central into the embedded home (git-ignored):
 * `mvn compile` on tools/neo4j/pom.xml copies the Neo4j jars to <home>/lib and compiles the
 * launcher to <home>/build/classes. A stamp (hash of the pom and launcher source) makes the
 * second run a no-op.
 */

export interface EmbeddedLayout {
  home: string;
  lib: string;
  classes: string;
  data: string;
  passwordFile: string;
  stateFile: string;
  /** Held by the process starting Neo4j, until Bolt is ready (src/graph/embedded/start-lock.ts). */
  startLock: string;
  logFile: string;
  stamp: string;
}

const PROJECT_ROOT = path.resolve(__dirname, '../../..');
const TOOL_DIR = path.join(PROJECT_ROOT, 'tools/neo4j');

export function embeddedLayout(home: string): EmbeddedLayout {
  const abs = path.resolve(PROJECT_ROOT, home);
  return {
    home: abs,
    lib: path.join(abs, 'lib'),
    classes: path.join(abs, 'build/classes'),
    data: path.join(abs, 'data'),
    passwordFile: path.join(abs, 'password'),
    stateFile: path.join(abs, 'state.json'),
    startLock: path.join(abs, 'starting.lock'),
    logFile: path.join(abs, 'neo4j.log'),
    stamp: path.join(abs, 'provisioned.stamp'),
  };
}

function toolFingerprint(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(TOOL_DIR, 'pom.xml')));
  hash.update(readFileSync(path.join(TOOL_DIR, 'src/main/java/civilaffairs/EmbeddedNeo4j.java')));
  return hash.digest('hex');
}

export function isProvisioned(layout: EmbeddedLayout): boolean {
  return (
    existsSync(layout.stamp) &&
    readFileSync(layout.stamp, 'utf8').trim() === toolFingerprint() &&
    existsSync(path.join(layout.classes, 'civilaffairs/EmbeddedNeo4j.class'))
  );
}

type Log = (line: string) => void;

/** Downloads and builds what the embedded Neo4j needs, unless already done. */
export async function provision(layout: EmbeddedLayout, log: Log): Promise<void> {
  checkJava();
  if (isProvisioned(layout)) return;
  checkMaven();
  log(
    `provisioning Neo4j 5.26 Community from Maven Central into ${path.relative(process.cwd(), layout.home) || '.'} …`,
  );
  const started = Date.now();
  await runMaven(['-B', '-f', path.join(TOOL_DIR, 'pom.xml'), `-Dneo4j.home=${layout.home}`, 'compile'], log);
  const jars = readdirSync(layout.lib).filter((name) => name.endsWith('.jar')).length;
  writeFileSync(layout.stamp, `${toolFingerprint()}\n`);
  log(`provisioned ${jars} jars in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function runMaven(args: string[], log: Log): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let downloaded = 0;
    let pending = '';
    const onData = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // Maven prints one "Downloaded from" line per artifact; show a count, not hundreds of URLs.
        if (/Downloaded from/.test(line) && ++downloaded % 25 === 0) log(`  downloaded ${downloaded} artifacts …`);
        if (/BUILD (SUCCESS|FAILURE)/.test(line)) log(`  maven: ${line.replace(/^\[\w+\]\s*/, '').trim()}`);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error) => reject(new PrerequisiteError(`could not run Maven: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) {
        if (downloaded > 0) log(`  downloaded ${downloaded} artifacts`);
        resolve();
        return;
      }
      process.stderr.write(output.split('\n').slice(-40).join('\n') + '\n');
      reject(new PrerequisiteError(explainMavenFailure(output)));
    });
  });
}
