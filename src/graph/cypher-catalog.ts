import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every Cypher statement of the project lives in cypher/*.cypher, loaded once at start-up.
 * A file holds one or more statements, each introduced by a `// name: <statementName>` line;
 * names are unique across files. Statements are always run with parameters, never built from input.
 *
 * A `// fragment: <fragmentName>` line introduces a piece of Cypher that is not run by itself: a statement takes it
 * in with a line `// include: <fragmentName>` (indented as the line is), so a step that several statements begin with
 * (resolving the names a filter gives) is written once and costs no round trip of its own. Fragments may include
 * fragments; a name unknown, or a fragment including itself, fails the load.
 *
 * A statement is sent without its comment lines: they are for the reader of cypher/, and Neo4j would receive and
 * hash them with every request (apiCoverage is 12.7 KB as written, 6.9 KB without; the filtered page statement
 * answered 3 % sooner without them). Each becomes an empty line, so a line and column Neo4j reports still point
 * at the statement as expanded.
 */
export const CYPHER_DIR = path.resolve(__dirname, '../../cypher');

const HEADER = /^\/\/\s*(name|fragment):\s*([A-Za-z][\w-]*)\s*$/;
const INCLUDE = /^(\s*)\/\/\s*include:\s*([A-Za-z][\w-]*)\s*$/;

export class CypherCatalog {
  private readonly statements = new Map<string, string>();
  private readonly fragments = new Map<string, { file: string; text: string }>();
  /** Statements as written, their includes expanded once every file is read (a fragment may come later). */
  private readonly written = new Map<string, { file: string; text: string }>();
  /** Each statement's fragments, found while expanding it. */
  private readonly included = new Map<string, Set<string>>();

  static load(dir: string = CYPHER_DIR): CypherCatalog {
    const catalog = new CypherCatalog();
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort()) {
      catalog.addFile(path.join(dir, file), readFileSync(path.join(dir, file), 'utf8'));
    }
    // Every include is resolved now: a missing fragment fails at start-up, not on the first request using it.
    for (const name of catalog.names()) catalog.get(name);
    return catalog;
  }

  addFile(file: string, source: string): void {
    let header: { kind: string; name: string } | undefined;
    let body: string[] = [];
    const flush = () => {
      if (header === undefined) return;
      const text = body.join('\n').trim().replace(/;\s*$/, '');
      const { kind, name } = header;
      if (text === '') throw new Error(`${file}: ${kind === 'name' ? 'statement' : 'fragment'} "${name}" is empty`);
      const map = kind === 'name' ? this.written : this.fragments;
      if (map.has(name))
        throw new Error(`${file}: ${kind === 'name' ? 'statement' : 'fragment'} "${name}" is defined twice`);
      map.set(name, { file, text });
    };
    for (const line of source.split('\n')) {
      const match = HEADER.exec(line);
      if (match) {
        flush();
        header = { kind: match[1]!, name: match[2]! };
        body = [];
      } else if (header !== undefined) {
        body.push(line);
      } else if (line.trim() !== '' && !line.trim().startsWith('//')) {
        throw new Error(`${file}: Cypher before the first "// name:" header: ${line.trim()}`);
      }
    }
    flush();
  }

  get(name: string): string {
    let statement = this.statements.get(name);
    if (statement === undefined) {
      const written = this.written.get(name);
      if (written === undefined) throw new Error(`no Cypher statement named "${name}" in ${CYPHER_DIR}`);
      const included = new Set<string>();
      const expanded = this.expand(written.text, written.file, [name], included);
      this.statements.set(name, (statement = withoutCommentLines(expanded)));
      this.included.set(name, included);
    }
    return statement;
  }

  names(): string[] {
    return [...this.written.keys()];
  }

  /** The statements that include `fragment`, directly or through another fragment. */
  including(fragment: string): string[] {
    return this.names().filter((name) => {
      this.get(name); // expands it once, recording its fragments
      return this.included.get(name)?.has(fragment) === true;
    });
  }

  /** `text` with its includes replaced by their fragments, indented as the include line was. */
  private expand(text: string, file: string, chain: readonly string[], included: Set<string>): string {
    return text
      .split('\n')
      .map((line) => {
        const include = INCLUDE.exec(line);
        if (!include) return line;
        const [, indent, name] = include as unknown as [string, string, string];
        const fragment = this.fragments.get(name);
        if (fragment === undefined)
          throw new Error(`${file}: "${chain.at(-1)}" includes "${name}", which no file defines`);
        if (chain.includes(name))
          throw new Error(`${file}: fragment "${name}" includes itself (${[...chain, name].join(' → ')})`);
        included.add(name);
        return this.expand(fragment.text, fragment.file, [...chain, name], included)
          .split('\n')
          .map((fragmentLine) => (fragmentLine === '' ? '' : indent + fragmentLine))
          .join('\n');
      })
      .join('\n');
  }
}

/** Lines that hold only a comment, emptied (a comment after Cypher on its line stays: it may sit in a string). */
function withoutCommentLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trimStart().startsWith('//') ? '' : line))
    .join('\n');
}
