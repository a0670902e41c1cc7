import { PrerequisiteError, checkJava, checkMaven, explainMavenFailure, javaMajorVersion } from './prerequisites';

describe('javaMajorVersion', () => {
  it.each([
    ['openjdk version "17.0.15" 2025-04-15', 17],
    ['openjdk version "21" 2023-09-19', 21],
    ['java version "1.8.0_392"', 8],
    ['command not found', undefined],
  ])('%s → %s', (output, major) => {
    expect(javaMajorVersion(output)).toBe(major);
  });
});

describe('missing prerequisites are named in one line', () => {
  it('names a missing java', () => {
    expect(() => checkJava('no-such-java-binary')).toThrow(PrerequisiteError);
    expect(() => checkJava('no-such-java-binary')).toThrow(
      /^Java 17 is required .*"no-such-java-binary" was not found/,
    );
  });

  it('names a missing mvn', () => {
    expect(() => checkMaven('no-such-mvn-binary')).toThrow(/^Maven is required .*"no-such-mvn-binary -v" failed/);
  });

  it.each([
    [
      '[ERROR] Could not transfer artifact org.neo4j:neo4j:pom:5.26.30 from/to central: Unknown host',
      /Could not reach Maven Central/,
    ],
    [
      '[ERROR] Failed to execute goal on project x: Could not resolve dependencies for project',
      /could not resolve the Neo4j artifacts/,
    ],
    ['[ERROR] COMPILATION ERROR', /could not compile the Neo4j launcher/],
    ['something else', /Maven failed to provision Neo4j/],
  ])('explains Maven output %#', (output, message) => {
    const line = explainMavenFailure(output);
    expect(line).toMatch(message);
    expect(line).not.toContain('\n');
  });
});
