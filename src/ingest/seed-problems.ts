import { isMap, isScalar, type Node } from 'yaml';
import type { IdPrefix } from '../model/facts';
import { Fields, type FieldReporter } from './seed-fields';
import type { SeedFile } from './seed-files';

/**
 * Every problem found in a seeds folder, one `file:line: what is wrong` per line of the message; `notListed`
 * closes the message when problems that follow from a file that did not parse were counted rather than listed.
 */
export class SeedValidationError extends Error {
  constructor(
    readonly problems: readonly string[],
    readonly warnings: readonly string[] = [],
    notListed?: string,
  ) {
    super(
      `${problems.length} problem(s) in the seed files:\n${problems.join('\n')}${notListed ? `\n${notListed}` : ''}`,
    );
    this.name = 'SeedValidationError';
  }
}

/**
 * What the validation of one seeds folder collects before it judges: problems (each at `file:line`), warnings,
 * the ids defined and the ids referred to. Nothing fails until `throwIfAny`, so a curator sees every problem of
 * the folder at once, not the first one.
 */
export class SeedProblems implements FieldReporter {
  /** `syntax`: a YAML error, which makes its file unreadable and so causes problems elsewhere. */
  private readonly problems: Array<{ file: string; line: number; message: string; syntax?: boolean }> = [];
  readonly warnings: string[] = [];
  readonly defined = new Map<string, { type: IdPrefix; at: string }>();
  private readonly refs: Array<{ id: string; at: string }> = [];
  /** Files with YAML syntax errors, whose ids are unknown to the rest. */
  private readonly unreadable: string[] = [];

  problem(file: string, line: number, message: string, syntax = false): void {
    this.problems.push({ file, line, message, syntax });
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  reference(id: string, at: string): void {
    this.refs.push({ id, at });
  }

  lineOf(file: SeedFile, node: Node | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 0 : file.lines.linePos(offset).line;
  }

  /** Records an id's definition; false (and a problem naming both places) when it was defined before. */
  define(id: string, type: IdPrefix, at: string): boolean {
    const first = this.defined.get(id);
    if (first) {
      const [file, line] = splitAt(at);
      this.problem(file, line, `duplicate id ${id}: first defined at ${first.at}`);
      return false;
    }
    this.defined.set(id, { type, at });
    return true;
  }

  /** Every id referred to must be defined somewhere in the folder. */
  checkReferences(): void {
    for (const ref of this.refs) {
      if (!this.defined.has(ref.id)) {
        const [file, line] = splitAt(ref.at);
        const unreadable =
          this.unreadable.length > 0 ? ` (unless ${this.unreadable.join(', ')}, which did not parse, does)` : '';
        this.problem(file, line, `unknown id ${ref.id}: no seed file defines it${unreadable}`);
      }
    }
  }

  /** The file's root node, after reporting YAML syntax errors; undefined when there is nothing to read. */
  root(file: SeedFile): Node | undefined {
    const lineOf = (e: { linePos?: [{ line: number }, ...unknown[]]; pos: [number, number] }) =>
      e.linePos?.[0]?.line ?? file.lines.linePos(e.pos[0]).line;
    // The first YAML error is the cause; what the parser says after it is mostly its consequences.
    const [first, ...rest] = file.yaml.errors;
    if (first) {
      this.problem(file.path, lineOf(first), `YAML: ${first.message.split('\n')[0]}`, true);
      if (rest.length > 0)
        this.warn(
          `${file.path}: ${rest.length} further YAML error(s) after line ${lineOf(first)}, most likely caused by the first`,
        );
      this.unreadable.push(file.path);
      return undefined;
    }
    for (const warning of file.yaml.warnings)
      this.warn(`${file.path}:${lineOf(warning)}: YAML: ${warning.message.split('\n')[0]}`);
    const contents = file.yaml.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) return undefined; // empty file
    return contents as Node;
  }

  /** Field readers for a mapping, or undefined (and a problem) when the node is not one. */
  fields(file: SeedFile, node: Node, where: string): Fields | undefined {
    if (!isMap(node)) {
      this.problem(file.path, this.lineOf(file, node), `${where}: expected a mapping of fields`);
      return undefined;
    }
    return new Fields(this, file, node, where);
  }

  /**
   * Throws one SeedValidationError listing every problem, in file and line order; the first cause first. A file
   * that does not parse leaves every id it defines unknown, so each reference to them fails as well: one
   * misplaced bracket in taxonomy/themes.yaml gave 1,172 problems, its own last, sorted after the facts files.
   * Its YAML error is then listed alone (one per unreadable file), and the rest, mostly consequences, counted.
   */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const sorted = [...this.problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
    const line = (p: { file: string; line: number; message: string }) => `${p.file}:${p.line}: ${p.message}`;
    const syntax = sorted.filter((p) => p.syntax);
    if (syntax.length === 0) throw new SeedValidationError(sorted.map(line), this.warnings);
    const rest = sorted.length - syntax.length;
    const notListed =
      rest === 0
        ? undefined
        : `${rest} further problem(s) not listed: most follow from ${this.unreadable.join(', ')} not parsing; fix the YAML and run again`;
    throw new SeedValidationError(syntax.map(line), this.warnings, notListed);
  }
}

export function splitAt(at: string): [string, number] {
  const colon = at.lastIndexOf(':');
  return [at.slice(0, colon), Number(at.slice(colon + 1))];
}
