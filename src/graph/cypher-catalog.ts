import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Every Cypher statement of the project lives in cypher/*.cypher, loaded once at start-up.
 * A file holds one or more statements, each introduced by a `// name: <statementName>` line;
 * names are unique across files. Statements are always run with parameters, never built from input.
 */
export const CYPHER_DIR = path.resolve(__dirname, '../../cypher');

export class CypherCatalog {
  private readonly statements = new Map<string, string>();

  static load(dir: string = CYPHER_DIR): CypherCatalog {
    const catalog = new CypherCatalog();
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.cypher'))
      .sort()) {
      catalog.addFile(path.join(dir, file), readFileSync(path.join(dir, file), 'utf8'));
    }
    return catalog;
  }

  addFile(file: string, source: string): void {
    let name: string | undefined;
    let body: string[] = [];
    const flush = () => {
      if (name === undefined) return;
      const text = body.join('\n').trim().replace(/;\s*$/, '');
      if (text === '') throw new Error(`${file}: statement "${name}" is empty`);
      if (this.statements.has(name)) throw new Error(`${file}: statement "${name}" is defined twice`);
      this.statements.set(name, text);
    };
    for (const line of source.split('\n')) {
      const header = /^\/\/\s*name:\s*([A-Za-z][\w-]*)\s*$/.exec(line);
      if (header) {
        flush();
        name = header[1];
        body = [];
      } else if (name !== undefined) {
        body.push(line);
      } else if (line.trim() !== '' && !line.trim().startsWith('//')) {
        throw new Error(`${file}: Cypher before the first "// name:" header: ${line.trim()}`);
      }
    }
    flush();
  }

  get(name: string): string {
    const statement = this.statements.get(name);
    if (statement === undefined) throw new Error(`no Cypher statement named "${name}" in ${CYPHER_DIR}`);
    return statement;
  }

  names(): string[] {
    return [...this.statements.keys()];
  }
}
