import { spawnSync } from 'node:child_process';

/**
 * Checks what provisioning the embedded Neo4j needs (Java 17+, Maven) and names the missing
 * piece in one line, so a new user learns what to install instead of reading a stack trace.
 */
export class PrerequisiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PrerequisiteError';
  }
}

/** Neo4j 5.26 runs on Java 17 and 21. */
const MIN_JAVA_MAJOR = 17;

export function javaMajorVersion(versionOutput: string): number | undefined {
  // `java -version` prints e.g. `openjdk version "17.0.15" 2025-04-15` or `java version "1.8.0_392"`.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

export function checkJava(javaCommand = 'java'): number {
  const run = spawnSync(javaCommand, ['-version'], { encoding: 'utf8' });
  if (run.error) {
    throw new PrerequisiteError(
      `Java ${MIN_JAVA_MAJOR} is required to run the embedded Neo4j, but "${javaCommand}" was not found on PATH (install a JDK 17, or set NEO4J_URI to use your own Neo4j).`,
    );
  }
  const major = javaMajorVersion(`${run.stderr}${run.stdout}`);
  if (major === undefined || major < MIN_JAVA_MAJOR) {
    throw new PrerequisiteError(
      `Java ${MIN_JAVA_MAJOR} or newer is required to run the embedded Neo4j, but "${javaCommand} -version" reports ${major ?? 'an unknown version'} (install a JDK 17 and put it first on PATH, or set NEO4J_URI).`,
    );
  }
  return major;
}

export function checkMaven(mavenCommand = 'mvn'): void {
  const run = spawnSync(mavenCommand, ['-v'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new PrerequisiteError(
      `Maven is required to download Neo4j from Maven Central, but "${mavenCommand} -v" failed (install Apache Maven 3.8+, or set NEO4J_URI to use your own Neo4j).`,
    );
  }
}

/** Turns Maven's failure output into one line naming the likely cause. */
export function explainMavenFailure(output: string): string {
  if (
    /UnknownHost|Could not transfer|Connection (refused|timed out)|Network is unreachable|No route to host/i.test(
      output,
    )
  ) {
    return 'Could not reach Maven Central to download Neo4j (check the network or a Maven mirror in ~/.m2/settings.xml, or set NEO4J_URI to use your own Neo4j).';
  }
  if (/Could not resolve dependencies|could not be resolved/i.test(output)) {
    return 'Maven could not resolve the Neo4j artifacts in tools/neo4j/pom.xml (see the Maven output above).';
  }
  if (/COMPILATION ERROR|release version \d+ not supported/i.test(output)) {
    return 'Maven could not compile the Neo4j launcher with this JDK (a JDK 17 or newer is required).';
  }
  return 'Maven failed to provision Neo4j (see the Maven output above).';
}
