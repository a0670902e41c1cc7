import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import {
  EVIDENCE_STATUSES,
  FLAG_CODES,
  IMPLICIT_REASONS,
  type EvidenceStatus,
  type Flag,
  type IdPrefix,
  type ImplicitReason,
  type Indicator,
  type RelationType,
  type SourceRef,
} from '../model/facts';
import type { SeedFile } from './seed-files';

/** Where Fields reports: the seed validator, which collects problems and warnings for the whole folder. */
export interface FieldReporter {
  lineOf(file: SeedFile, node: Node | null | undefined): number;
  problem(file: string, line: number, message: string): void;
  warn(message: string): void;
  reference(id: string, at: string): void;
}

/**
 * The keys of an evidence entry that name relations its quote states, from the entity the entry sits under
 * (seeds/FORMAT.md): `serves: [TargetGroup:…]` under a programme is that programme SERVES those groups.
 */
export const STATED_RELATIONS = {
  serves: 'SERVES',
  covers: 'COVERS',
  runBy: 'RUN_BY',
  partOf: 'PART_OF',
  governedBy: 'GOVERNED_BY',
  broader: 'BROADER',
  borders: 'BORDERS',
  succeeds: 'SUCCEEDS',
} as const satisfies Record<string, RelationType>;

/** An evidence entry as written, before its quote is located in its document. */
export interface RawEvidence {
  quote: string;
  document: string | null;
  status: EvidenceStatus | null;
  year: number | null;
  note: string | null;
  implicit: ImplicitReason | null;
  flags: Flag[];
  /** Relations this quote states, from the entity it is written under. */
  states: Array<{ type: RelationType; to: string[] }>;
  source: SourceRef;
}

export interface EvidenceOptions {
  required: boolean;
  statusRequired: boolean;
  defaultDocument: string | null;
  /** The file's `status:`, for entries that give none. */
  defaultStatus?: EvidenceStatus | null;
  /** Whether entries may name relations (`serves:` …): under entities, not under observations or documents. */
  relations?: boolean;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Reads one YAML mapping field by field, reporting wrong types at the field's own line. Every key read is
 * marked; `done()` reports the keys nobody read as unknown fields.
 */
export class Fields {
  private readonly read = new Set<string>();

  constructor(
    private readonly v: FieldReporter,
    private readonly file: SeedFile,
    private readonly map: YAMLMap,
    private readonly where: string,
  ) {}

  /** `file:line` of this mapping. */
  at(): string {
    return `${this.file.path}:${this.v.lineOf(this.file, this.map)}`;
  }

  source(): SourceRef {
    return { file: this.file.path, line: this.v.lineOf(this.file, this.map) };
  }

  error(key: string | null, message: string): void {
    const pair = key === null ? undefined : this.pair(key);
    const line = this.v.lineOf(this.file, (pair?.key as Node | undefined) ?? this.map);
    const id = this.peekId();
    this.v.problem(this.file.path, line, `${this.where}${id ? ` ${id}` : ''}: ${message}`);
  }

  has(key: string): boolean {
    return this.pair(key) !== undefined;
  }

  warn(key: string, message: string): void {
    const line = this.v.lineOf(this.file, (this.pair(key)?.key as Node | undefined) ?? this.map);
    const id = this.peekId();
    this.v.warn(`${this.file.path}:${line}: ${this.where}${id ? ` ${id}` : ''}: ${message}`);
  }

  done(): void {
    for (const pair of this.map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!this.read.has(key)) this.error(key, `unknown field \`${key}\``);
    }
  }

  string(key: string, opts: { required?: boolean; coerceNumber?: boolean } = {}): string | null {
    const value = this.scalar(key, opts.required ?? false);
    if (value === null || value === undefined) return null;
    if (typeof value === 'number' && opts.coerceNumber) return String(value);
    if (typeof value !== 'string') return this.wrong(key, 'a string', value);
    if (value.trim() === '') {
      if (opts.required) this.error(key, `\`${key}\` is empty`);
      return null;
    }
    return value;
  }

  int(key: string, required = false): number | null {
    const value = this.scalar(key, required);
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number' || !Number.isInteger(value)) return this.wrong(key, 'an integer', value);
    return value;
  }

  boolean(key: string): boolean {
    const value = this.scalar(key, false);
    if (value === null || value === undefined) return false;
    if (typeof value !== 'boolean') return this.wrong(key, 'true or false', value) ?? false;
    return value;
  }

  /** The raw node of a field (marked as read), for shapes the typed readers do not cover. */
  node(key: string): Node | undefined {
    const node = this.get(key);
    return node === undefined || (isScalar(node) && node.value === null) ? undefined : node;
  }

  /** Fields of a nested mapping, reporting under this one's name. */
  sub(map: YAMLMap, where: string): Fields {
    return new Fields(this.v, this.file, map, `${this.where} ${where}`);
  }

  number(key: string): number | null {
    const value = this.scalar(key, false);
    if (value === null || value === undefined) return null;
    if (typeof value !== 'number') return this.wrong(key, 'a number (or null with an UNKNOWN_VALUE flag)', value);
    return value;
  }

  enumOf<T extends string>(key: string, values: readonly T[], required: boolean): T | null {
    const value = this.scalar(key, required);
    if (value === null || value === undefined) return null;
    if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
      return this.wrong(key, `one of ${values.join(' ')}`, value);
    }
    return value as T;
  }

  /** This entity's own id: `<type>:<slug>`. */
  id(key: string, type: IdPrefix, required: boolean): string | null {
    const id = this.string(key, { required });
    if (id === null) return null;
    const [prefix, slug] = splitId(id);
    if (prefix !== type) {
      this.error(key, `id ${id} must start with ${type}: in this section`);
      return null;
    }
    if (!SLUG.test(slug)) {
      this.error(key, `id ${id}: the slug must be lowercase ASCII kebab-case (pinyin or English)`);
      return null;
    }
    return id;
  }

  /** A reference to another id; `types` null accepts any type (relations check their pairs later). */
  ref(key: string, types: readonly IdPrefix[] | null, required = false): string | null {
    const id = this.string(key, { required });
    return id === null ? null : this.checkRef(key, id, types);
  }

  /** One id or a list of ids. */
  refs(key: string, types: readonly IdPrefix[] | null, required = false): string[] {
    const node = this.get(key);
    if (node === undefined || (isScalar(node) && node.value === null)) {
      if (required) this.error(null, `\`${key}\` is required`);
      return [];
    }
    const items = isSeq(node) ? node.items.map((i) => this.deref(i as Node)) : [node];
    const ids: string[] = [];
    for (const item of items) {
      if (!isScalar(item) || typeof item.value !== 'string') {
        this.error(key, `\`${key}\` must be an id or a list of ids`);
        continue;
      }
      const id = this.checkRef(key, item.value, types);
      if (id !== null) ids.push(id);
    }
    return ids;
  }

  strings(key: string): string[] {
    const node = this.get(key);
    if (node === undefined || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      this.error(key, `\`${key}\` must be a list of strings`);
      return [];
    }
    return node.items.map((i) => String((i as { value: string }).value));
  }

  stringMap(key: string): Record<string, string> {
    const node = this.get(key);
    if (node === undefined || (isScalar(node) && node.value === null)) return {};
    const out: Record<string, string> = {};
    if (!isMap(node)) {
      this.error(key, `\`${key}\` must map field names to reasons`);
      return out;
    }
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string')
        this.error(key, `\`${key}.${k}\` must be a string`);
      else out[k] = pair.value.value;
    }
    return out;
  }

  period(key: string): { from: number; to: number } | null {
    const node = this.get(key);
    if (node === undefined || (isScalar(node) && node.value === null)) return null;
    const sub = isMap(node) ? new Fields(this.v, this.file, node, `${this.where} ${key}`) : undefined;
    if (!sub) {
      this.error(key, '`period` must be { from: YEAR, to: YEAR }');
      return null;
    }
    const from = sub.int('from', true);
    const to = sub.int('to', true);
    sub.done();
    return from === null || to === null ? null : { from, to };
  }

  table(key: string): Indicator['table'] {
    const node = this.get(key);
    if (node === undefined || (isScalar(node) && node.value === null)) return null;
    if (!isMap(node)) {
      this.error(key, '`table` must be { name, row, subRow }');
      return null;
    }
    const sub = new Fields(this.v, this.file, node, `${this.where} ${key}`);
    const table = {
      name: sub.string('name', { required: true }) ?? '',
      row: sub.string('row', { coerceNumber: true }),
      subRow: sub.string('subRow', { coerceNumber: true }),
    };
    sub.done();
    return table;
  }

  flags(): Flag[] {
    const flags: Flag[] = [];
    this.list('flags', (item, where) => {
      if (!isMap(item)) {
        this.error('flags', `${where}: a flag is { code, note }`);
        return;
      }
      const sub = new Fields(this.v, this.file, item, `${this.where} ${where}`);
      const code = sub.enumOf('code', FLAG_CODES, true);
      const note = sub.string('note');
      sub.done();
      if (code !== null) flags.push({ code, note });
    });
    return flags;
  }

  evidence(opts: EvidenceOptions): RawEvidence[] {
    const evidence: RawEvidence[] = [];
    const present = this.list('evidence', (item, where) => {
      const entry = this.evidenceEntry(item, where, opts);
      if (entry) evidence.push(entry);
    });
    if (opts.required && present === 0)
      this.error(null, 'needs at least one `evidence` entry (a quote from a document)');
    return evidence;
  }

  /**
   * The evidence written inline on this mapping (`quote:`, `status:`, `year:`, `note:`, `implicit:`), as in a
   * one-line relation or observation; null when the mapping has no `quote`.
   */
  inlineEvidence(opts: EvidenceOptions): RawEvidence | null {
    if (!this.has('quote')) return null;
    return this.readEvidence(this, opts);
  }

  /** One entry of an `evidence` list: a plain quote, or a mapping with what it states. */
  private evidenceEntry(item: Node, where: string, opts: EvidenceOptions): RawEvidence | null {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) {
      const quote = String(item.value);
      if (quote.trim() === '') {
        this.error('evidence', `${where}: empty quote`);
        return null;
      }
      const line = this.v.lineOf(this.file, item);
      return {
        quote,
        document: opts.defaultDocument,
        status: opts.defaultStatus ?? null,
        year: null,
        note: null,
        implicit: null,
        flags: [],
        states: [],
        source: { file: this.file.path, line },
      };
    }
    if (!isMap(item)) {
      this.error('evidence', `${where}: evidence is a quote, or { quote, status, year, note, … }`);
      return null;
    }
    const sub = new Fields(this.v, this.file, item, `${this.where} ${where}`);
    const entry = this.readEvidence(sub, opts);
    sub.done();
    return entry;
  }

  private readEvidence(sub: Fields, opts: EvidenceOptions): RawEvidence | null {
    const quote = sub.string('quote', { required: true, coerceNumber: true });
    const document = sub.ref('document', ['Document']) ?? opts.defaultDocument;
    // `status: null` written out keeps a statement without status in a file that sets one.
    const status = sub.has('status') ? sub.enumOf('status', EVIDENCE_STATUSES, false) : (opts.defaultStatus ?? null);
    if (status === null && opts.statusRequired) sub.error(null, '`status` is required (or set `status:` for the file)');
    const states: RawEvidence['states'] = [];
    if (opts.relations) {
      for (const [key, type] of Object.entries(STATED_RELATIONS)) {
        const to = sub.refs(key, null);
        if (to.length > 0) states.push({ type, to });
      }
    }
    const entry: RawEvidence = {
      quote: quote ?? '',
      document,
      status,
      year: sub.int('year'),
      note: sub.string('note'),
      implicit: sub.enumOf('implicit', IMPLICIT_REASONS, false),
      flags: sub === this ? [] : sub.flags(),
      states,
      source: sub.source(),
    };
    if (states.length > 0 && status === null)
      sub.error(null, "a quote that states relations needs a `status` (or the file's `status:`)");
    return quote === null ? null : entry;
  }

  /** Calls `each` for every item of a list field; returns the number of items. */
  list(key: string, each: (item: Node, where: string) => void): number {
    const node = this.get(key);
    if (node === undefined || (isScalar(node) && node.value === null)) return 0;
    if (!isSeq(node)) {
      this.error(key, `\`${key}\` must be a list`);
      return 0;
    }
    node.items.forEach((item, i) => {
      const resolved = this.deref(item as Node);
      if (resolved) each(resolved, `${key}[${i}]`);
    });
    return node.items.length;
  }

  private checkRef(key: string, id: string, types: readonly IdPrefix[] | null): string | null {
    const [prefix] = splitId(id);
    if (types !== null && !types.includes(prefix as IdPrefix)) {
      this.error(key, `\`${key}\` must be a ${types.join(' or ')} id, got ${id}`);
      return null;
    }
    const pair = this.pair(key);
    this.v.reference(
      id,
      `${this.file.path}:${this.v.lineOf(this.file, (pair?.value as Node | undefined) ?? this.map)}`,
    );
    return id;
  }

  private scalar(key: string, required: boolean): unknown {
    const node = this.get(key);
    if (node === undefined || (isScalar(node) && node.value === null)) {
      if (required) this.error(null, `\`${key}\` is required`);
      return null;
    }
    if (!isScalar(node)) return this.wrong(key, 'a single value', isSeq(node) ? 'a list' : 'a mapping');
    return node.value;
  }

  private wrong(key: string, expected: string, got: unknown): null {
    this.error(
      key,
      `\`${key}\` must be ${expected}, got ${typeof got === 'string' ? JSON.stringify(got) : String(got)}`,
    );
    return null;
  }

  private get(key: string): Node | undefined {
    this.read.add(key);
    return this.deref(this.pair(key)?.value as Node | undefined);
  }

  /** Follows a YAML alias (`*id001`, which YAML dumpers write for repeated values) to its anchored node. */
  private deref(node: Node | undefined): Node | undefined {
    return isAlias(node) ? (node.resolve(this.file.yaml) as Node | undefined) : node;
  }

  private pair(key: string): Pair | undefined {
    return this.map.items.find((p) => (isScalar(p.key) ? p.key.value === key : false)) as Pair | undefined;
  }

  private peekId(): string | undefined {
    const value = this.pair('id')?.value;
    return isScalar(value) && typeof value.value === 'string' ? value.value : undefined;
  }
}

export function splitId(id: string): [string, string] {
  const colon = id.indexOf(':');
  return colon === -1 ? ['', id] : [id.slice(0, colon), id.slice(colon + 1)];
}
