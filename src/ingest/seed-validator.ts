import { createHash } from 'crypto';
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import {
  AREA_LEVELS,
  CODED_AREA_LEVELS,
  COMPARATORS,
  DOCUMENT_KINDS,
  EVIDENCE_STATUSES,
  FLAG_CODES,
  INDICATOR_ATTRIBUTES,
  INSTITUTION_KINDS,
  OBSERVATION_KINDS,
  OBSERVATION_SCOPES,
  PROGRAMME_KINDS,
  RELATION_TYPES,
  relationKey,
  type AdministrativeArea,
  type Document,
  type EntityType,
  type Evidence,
  type EvidenceStatus,
  type FactSet,
  type Flag,
  type IdPrefix,
  type Indicator,
  type Institution,
  type Observation,
  type Passage,
  type Policy,
  type Programme,
  type Relation,
  type RelationType,
  type SourceRef,
  type TargetGroup,
  type Theme,
} from './facts';
import { parseDocumentNumber } from './document-number';
import { findMentions } from './mentions';
import { splitIntoPassages } from './passages';
import { citedPolicies, extractCitations } from './policy-citations';
import { QuoteLocator, passageAt } from './quote-locator';
import type { SeedFile, SeedFiles } from './seed-files';

/** Every problem found in a seeds folder, one `file:line: what is wrong` per line of the message. */
export class SeedValidationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`${problems.length} problem(s) in the seed files:\n${problems.join('\n')}`);
    this.name = 'SeedValidationError';
  }
}

/** Which entity type each section of a seed file holds. */
const SECTIONS = {
  themes: 'Theme',
  areas: 'AdministrativeArea',
  targetGroups: 'TargetGroup',
  institutions: 'Institution',
  policies: 'Policy',
  programmes: 'Programme',
  indicators: 'Indicator',
} as const satisfies Record<string, EntityType>;
type Section = keyof typeof SECTIONS;

/** Allowed `from` type → `to` types per relation type in a `relations:` section (seeds/README.md, "relations"). */
const ALLOWED_RELATIONS: Record<RelationType, Partial<Record<IdPrefix, readonly IdPrefix[]>>> = {
  SERVES: { Programme: ['TargetGroup'] },
  COVERS: { Programme: ['AdministrativeArea'] },
  RUN_BY: { Programme: ['Institution'] },
  PART_OF: { Programme: ['Theme'] },
  GOVERNED_BY: { Programme: ['Policy'] },
  MEASURES: { Indicator: ['Programme', 'Theme'] },
  FOR_AREA: { Indicator: ['AdministrativeArea'] },
  ISSUED_BY: { Document: ['Institution'], Policy: ['Institution'] },
  // Only from `broader:`; a relations entry would bypass the cycle check.
  BROADER: {},
};

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

interface RawEvidence {
  quote: string;
  document: string | null;
  status: EvidenceStatus | null;
  year: number | null;
  note: string | null;
  source: SourceRef;
}

interface PendingRef {
  id: string;
  at: string;
}

interface LoadedDocument {
  document: Document;
  passages: Passage[];
  locator: QuoteLocator;
}

/**
 * Checks parsed seed files against the contract in seeds/README.md and builds the FactSet: passages for every
 * document, evidence verified against the texts, relations from `relations:` sections and from the `parent`,
 * `broader`, `issuer`, `area` and `measures` fields, citations and mentions.
 *
 * Collects every problem before failing, then throws one SeedValidationError. A quote found more than once is
 * not an error: the first occurrence outside the table of contents is used, and when there is more than one
 * such occurrence a warning is recorded in FactSet.warnings.
 */
export function validateSeeds(seeds: SeedFiles): FactSet {
  return new SeedValidator(seeds).run();
}

class SeedValidator {
  private readonly problems: Array<{ file: string; line: number; message: string }> = [];
  private readonly warnings: string[] = [];
  private readonly unflaggedNullAttributes: { table: string; warn: () => void }[] = [];
  private readonly defined = new Map<string, { type: IdPrefix; at: string }>();
  private readonly refs: PendingRef[] = [];
  private readonly documents = new Map<string, LoadedDocument>();
  private readonly themes: Theme[] = [];
  private readonly programmes: Programme[] = [];
  private readonly targetGroups: TargetGroup[] = [];
  private readonly areas: AdministrativeArea[] = [];
  private readonly institutions: Institution[] = [];
  private readonly policies: Policy[] = [];
  private readonly indicators: Indicator[] = [];
  private readonly relations = new Map<string, Relation>();
  /** Relations written in `relations:` sections, whose endpoint types are checked once every id is known. */
  private readonly listedRelations: Array<{
    key: string;
    from: string;
    type: RelationType;
    to: string;
    source: SourceRef;
  }> = [];
  /** Document evidence waits until every document is loaded: it may quote another document. */
  private readonly pendingDocumentEvidence: Array<{ document: Document; rawEvidence: RawEvidence[] }> = [];
  /** Files with YAML syntax errors, whose ids are unknown to the rest. */
  private readonly unreadable: string[] = [];

  constructor(private readonly seeds: SeedFiles) {}

  run(): FactSet {
    if (this.seeds.documents) this.readDocuments(this.seeds.documents);
    else this.problem('documents.yaml', 0, 'file not found: every seeds folder needs documents.yaml');
    for (const file of this.seeds.entityFiles) this.readEntityFile(file);

    this.checkReferences();
    this.checkCycles();
    this.deriveRelations();

    if (this.problems.length > 0) {
      const sorted = [...this.problems].sort((a, b) =>
        a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
      );
      throw new SeedValidationError(sorted.map((p) => `${p.file}:${p.line}: ${p.message}`));
    }
    return this.factSet();
  }

  // ---- documents.yaml ------------------------------------------------------------------------------------

  private readDocuments(file: SeedFile): void {
    const root = this.root(file);
    if (root === undefined) return;
    if (!isSeq(root)) {
      this.problem(file.path, this.lineOf(file, root), 'expected a list of documents');
      return;
    }
    root.items.forEach((item, i) => {
      const f = this.fields(file, item as Node, `documents[${i}]`);
      if (!f) return;
      const id = f.id('id', 'Document', true);
      const path = f.string('file', { required: true });
      const text = path === null ? undefined : this.seeds.documentTexts.get(path);
      if (path !== null && text === undefined)
        f.error('file', `file not found: ${path} (paths are relative to the seeds folder, e.g. documents/000-….txt)`);
      const year = f.int('year');
      const period = f.period('period');
      if (!f.has('year') && !f.has('period')) f.error(null, 'needs `year` or `period`');
      const document: Document = {
        id: id ?? '',
        file: path ?? '',
        sourceName: f.string('sourceName'),
        title: f.string('title', { required: true }) ?? '',
        titleEn: f.string('titleEn'),
        issuer: f.ref('issuer', ['Institution']),
        area: f.ref('area', ['AdministrativeArea']),
        year,
        period,
        kind: f.enumOf('kind', DOCUMENT_KINDS, true) ?? 'PLAN',
        inferred: f.stringMap('inferred'),
        flags: f.flags(),
        evidence: [],
        sha256: text === undefined ? '' : createHash('sha256').update(text, 'utf8').digest('hex'),
        text: text ?? '',
        source: f.source(),
      };
      const rawEvidence = f.evidence({ required: false, statusRequired: false, defaultDocument: id });
      f.done();
      if (id === null || !this.define(id, 'Document', f.at())) return;
      const passages = splitIntoPassages(id, document.text);
      this.documents.set(id, { document, passages, locator: new QuoteLocator(document.text) });
      // Verified after every document is loaded: a document's evidence may quote another document.
      this.pendingDocumentEvidence.push({ document, rawEvidence });
    });
    for (const { document, rawEvidence } of this.pendingDocumentEvidence) document.evidence = this.verify(rawEvidence);
  }

  // ---- taxonomy/*.yaml and facts/*.yaml ------------------------------------------------------------------

  private readEntityFile(file: SeedFile): void {
    const root = this.root(file);
    if (root === undefined) return;
    const f = this.fields(file, root, 'file');
    if (!f) return;
    const defaultDocument = f.ref('document', ['Document']);
    for (const section of Object.keys(SECTIONS) as Section[]) {
      f.list(section, (item, where) => this.readEntity(file, section, item, where, defaultDocument));
    }
    f.list('relations', (item, where) => this.readRelation(file, item, where, defaultDocument));
    f.done();
  }

  private readEntity(
    file: SeedFile,
    section: Section,
    node: Node,
    where: string,
    defaultDocument: string | null,
  ): void {
    const type = SECTIONS[section];
    const f = this.fields(file, node, where);
    if (!f) return;
    const id = f.id('id', type, true);
    const common = {
      id: id ?? '',
      name: '',
      nameEn: f.string('nameEn', {
        required: type === 'Theme' || type === 'TargetGroup' || type === 'AdministrativeArea',
      }),
      aliases: f.strings('aliases'),
      flags: f.flags(),
      source: f.source(),
      evidence: this.verify(f.evidence({ required: true, statusRequired: false, defaultDocument })),
    };
    if (type === 'Policy') common.name = f.string('title', { required: true }) ?? '';
    else common.name = f.string('name', { required: true }) ?? '';

    switch (type) {
      case 'Theme':
        this.themes.push({ ...common, type });
        break;
      case 'Programme':
        this.programmes.push({ ...common, type, kind: f.enumOf('kind', PROGRAMME_KINDS, false) });
        break;
      case 'TargetGroup':
        this.targetGroups.push({ ...common, type, broader: f.refs('broader', ['TargetGroup']) });
        break;
      case 'AdministrativeArea': {
        const level = f.enumOf('level', AREA_LEVELS, true);
        const code = f.string('code', { coerceNumber: true });
        if (code !== null && !/^\d{6}$/.test(code))
          f.error('code', `code must be six digits (GB/T 2260), got ${JSON.stringify(code)}`);
        if (code === null && level !== null && CODED_AREA_LEVELS.includes(level))
          f.error(null, `code is required at level ${level}`);
        this.areas.push({ ...common, type, level, code, parent: f.ref('parent', ['AdministrativeArea']) });
        break;
      }
      case 'Institution':
        this.institutions.push({
          ...common,
          type,
          kind: f.enumOf('kind', INSTITUTION_KINDS, false),
          area: f.ref('area', ['AdministrativeArea']),
          parent: f.ref('parent', ['Institution']),
        });
        break;
      case 'Policy': {
        const number = f.string('number');
        this.policies.push({
          ...common,
          type,
          title: common.name,
          issuer: f.ref('issuer', ['Institution']),
          number,
          parsedNumber: number === null ? null : parseDocumentNumber(number),
          year: f.int('year'),
          curated: true,
        });
        break;
      }
      case 'Indicator': {
        const attribute = f.enumOf('attribute', INDICATOR_ATTRIBUTES, false);
        const table = f.table('table');
        // A null attribute needs a flag only where the table has an attribute column, i.e. other rows of the
        // same table give one (001's 十三五 table has no such column at all). Checked once all files are read.
        if (table !== null && attribute === null && common.flags.length === 0) {
          this.unflaggedNullAttributes.push({
            table: table.name,
            warn: () =>
              f.warn('attribute', 'attribute is null but other rows of its table give one; add a flag saying why'),
          });
        }
        const indicator: Indicator = {
          ...common,
          type,
          unit: f.string('unit', { coerceNumber: true }),
          category: f.string('category'),
          attribute,
          table,
          area: f.ref('area', ['AdministrativeArea']),
          measures: f.refs('measures', ['Programme', 'Theme']),
          observations: [],
        };
        f.list('observations', (item, w) => {
          const o = this.readObservation(file, item, `${where} ${common.id} ${w}`, defaultDocument);
          if (o) indicator.observations.push(o);
        });
        this.indicators.push(indicator);
        break;
      }
    }
    f.done();
    if (id !== null) this.define(id, type, f.at());
  }

  private readObservation(
    file: SeedFile,
    node: Node,
    where: string,
    defaultDocument: string | null,
  ): Observation | undefined {
    const f = this.fields(file, node, where);
    if (!f) return undefined;
    const flags = f.flags();
    const value = f.number('value');
    if (value === null && !flags.some((fl) => fl.code === 'UNKNOWN_VALUE')) {
      f.error('value', 'value is null or missing: give the printed number, or null with an UNKNOWN_VALUE flag');
    }
    const observation: Observation = {
      year: f.int('year', true) ?? 0,
      kind: f.enumOf('kind', OBSERVATION_KINDS, true) ?? 'ACTUAL',
      scope: f.enumOf('scope', OBSERVATION_SCOPES, false),
      value,
      comparator: f.enumOf('comparator', COMPARATORS, false),
      text: f.string('text', { coerceNumber: true }),
      completion: f.string('completion'),
      evidence: this.verify(f.evidence({ required: false, statusRequired: false, defaultDocument })),
      flags,
      source: f.source(),
    };
    f.done();
    return observation;
  }

  private readRelation(file: SeedFile, node: Node, where: string, defaultDocument: string | null): void {
    const f = this.fields(file, node, where);
    if (!f) return;
    const from = f.ref('from', null, true);
    const type = f.enumOf('type', RELATION_TYPES, true);
    const to = f.refs('to', null, true);
    const evidence = this.verify(f.evidence({ required: true, statusRequired: true, defaultDocument }));
    const flags = f.flags();
    f.done();
    if (from === null || type === null) return;
    for (const target of to) this.addRelation(from, type, target, evidence, flags, f.source());
  }

  // ---- relations -----------------------------------------------------------------------------------------

  private addRelation(
    from: string,
    type: RelationType,
    to: string,
    statements: Evidence[],
    flags: Flag[],
    /** Where a `relations:` entry was written; null for relations derived from fields. */
    listedAt: SourceRef | null,
  ): void {
    const key = relationKey(from, type, to);
    const existing = this.relations.get(key);
    if (existing) {
      existing.statements.push(...statements);
      existing.flags.push(...flags);
    } else {
      this.relations.set(key, { key, from, type, to, statements: [...statements], flags: [...flags] });
    }
    if (listedAt) this.listedRelations.push({ key, from, type, to, source: listedAt });
  }

  private deriveRelations(): void {
    const derive = (entity: { id: string; evidence: Evidence[] }, type: RelationType, to: string | null) => {
      if (to !== null && entity.id !== '') this.addRelation(entity.id, type, to, entity.evidence, [], null);
    };
    for (const { document } of this.documents.values()) derive(document, 'ISSUED_BY', document.issuer);
    for (const a of this.areas) derive(a, 'PART_OF', a.parent);
    for (const g of this.targetGroups) for (const b of g.broader) derive(g, 'BROADER', b);
    for (const p of this.policies) derive(p, 'ISSUED_BY', p.issuer);
    for (const i of this.indicators) {
      derive(i, 'FOR_AREA', i.area);
      for (const m of i.measures) derive(i, 'MEASURES', m);
    }
    for (const r of this.listedRelations) {
      const fromType = this.defined.get(r.from)?.type;
      const toType = this.defined.get(r.to)?.type;
      if (fromType === undefined || toType === undefined) continue; // already reported as unknown
      const allowed = ALLOWED_RELATIONS[r.type][fromType];
      if (!allowed || !allowed.includes(toType)) {
        const pairs = Object.entries(ALLOWED_RELATIONS[r.type])
          .map(([f, ts]) => `${f} ${r.type} ${ts.join('|')}`)
          .join(', ');
        const hint = r.type === 'BROADER' ? 'BROADER comes from `broader:` on target groups' : `allowed: ${pairs}`;
        this.problem(
          r.source.file,
          r.source.line,
          `relation ${r.key}: ${fromType} ${r.type} ${toType} is not allowed (${hint})`,
        );
      }
    }
  }

  // ---- cross-file checks ---------------------------------------------------------------------------------

  private define(id: string, type: IdPrefix, at: string): boolean {
    const first = this.defined.get(id);
    if (first) {
      const [file, line] = splitAt(at);
      this.problem(file, line, `duplicate id ${id}: first defined at ${first.at}`);
      return false;
    }
    this.defined.set(id, { type, at });
    return true;
  }

  private checkReferences(): void {
    for (const ref of this.refs) {
      if (!this.defined.has(ref.id)) {
        const [file, line] = splitAt(ref.at);
        const unreadable =
          this.unreadable.length > 0 ? ` (unless ${this.unreadable.join(', ')}, which did not parse, does)` : '';
        this.problem(file, line, `unknown id ${ref.id}: no seed file defines it${unreadable}`);
      }
    }
  }

  private checkCycles(): void {
    const edges = new Map<string, { to: string[]; source: SourceRef | null }>();
    for (const a of this.areas) edges.set(a.id, { to: a.parent ? [a.parent] : [], source: a.source });
    for (const g of this.targetGroups) edges.set(g.id, { to: g.broader, source: g.source });
    const state = new Map<string, 'open' | 'done'>();
    const reported = new Set<string>();
    const visit = (id: string, stack: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        const cycle = stack.slice(stack.indexOf(id));
        const name = [...cycle].sort().join(',');
        if (!reported.has(name)) {
          reported.add(name);
          const source = edges.get(id)?.source;
          const field = id.startsWith('AdministrativeArea:') ? 'parent' : 'broader';
          this.problem(source?.file ?? '', source?.line ?? 0, `cycle in \`${field}\`: ${[...cycle, id].join(' → ')}`);
        }
        return;
      }
      state.set(id, 'open');
      for (const next of edges.get(id)?.to ?? []) if (edges.has(next)) visit(next, [...stack, id]);
      state.set(id, 'done');
    };
    for (const id of edges.keys()) visit(id, []);
  }

  // ---- evidence ------------------------------------------------------------------------------------------

  /** Locates each quote in its document; problems for unknown documents and quotes not found. */
  private verify(raw: RawEvidence[]): Evidence[] {
    const verified: Evidence[] = [];
    for (const e of raw) {
      const at = e.source;
      if (e.document === null) {
        this.problem(
          at.file,
          at.line,
          'evidence has no document: set `document:` on the evidence or at the top of the file',
        );
        continue;
      }
      const loaded = this.documents.get(e.document);
      if (!loaded) {
        this.problem(at.file, at.line, `evidence quotes unknown document ${e.document}`);
        continue;
      }
      const all = loaded.locator.locate(e.quote);
      if (all.length === 0) {
        this.problem(
          at.file,
          at.line,
          `quote not found in ${e.document} (whitespace is ignored, punctuation is not): "${e.quote}"`,
        );
        continue;
      }
      // A heading quoted from 001 is also in its table of contents; the TOC copy is not the statement.
      const outsideToc = all.filter((s) => passageAt(loaded.passages, s.startOffset)?.kind !== 'TOC');
      const spans = outsideToc.length > 0 ? outsideToc : all;
      const first = spans[0]!;
      if (spans.length > 1) {
        this.warnings.push(
          `${at.file}:${at.line}: quote found ${spans.length} times in ${e.document} (lines ${spans.map((s) => s.startLine).join(', ')}); using the first: "${e.quote}"`,
        );
      }
      verified.push({
        documentId: e.document,
        passageId: passageAt(loaded.passages, first.startOffset)?.id ?? '',
        quote: e.quote,
        status: e.status,
        year: e.year,
        note: e.note,
        ...first,
        source: at,
      });
    }
    return verified;
  }

  // ---- result --------------------------------------------------------------------------------------------

  private factSet(): FactSet {
    const tablesWithAttributes = new Set(this.indicators.filter((i) => i.attribute !== null).map((i) => i.table?.name));
    for (const entry of this.unflaggedNullAttributes) if (tablesWithAttributes.has(entry.table)) entry.warn();
    const loaded = [...this.documents.values()];
    const passages = loaded.flatMap((d) => d.passages);
    const texts = new Map(loaded.map((d) => [d.document.id, d.document.text]));
    const citations = extractCitations(passages, texts, this.policies);
    const mentionable = [...this.themes, ...this.programmes, ...this.targetGroups, ...this.areas, ...this.institutions];
    return {
      version: this.seeds.version,
      documents: loaded.map((d) => d.document),
      passages,
      entities: {
        Theme: this.themes,
        Programme: this.programmes,
        TargetGroup: this.targetGroups,
        AdministrativeArea: this.areas,
        Institution: this.institutions,
        Policy: [...this.policies, ...citedPolicies(citations, this.policies)],
      },
      indicators: this.indicators,
      relations: [...this.relations.values()],
      citations,
      mentions: findMentions(passages, mentionable, texts),
      warnings: this.warnings,
    };
  }

  // ---- YAML helpers --------------------------------------------------------------------------------------

  /** The file's root node, after reporting YAML syntax errors; undefined when there is nothing to read. */
  private root(file: SeedFile): Node | undefined {
    const lineOf = (e: { linePos?: [{ line: number }, ...unknown[]]; pos: [number, number] }) =>
      e.linePos?.[0]?.line ?? file.lines.linePos(e.pos[0]).line;
    for (const error of file.yaml.errors)
      this.problem(file.path, lineOf(error), `YAML: ${error.message.split('\n')[0]}`);
    for (const warning of file.yaml.warnings)
      this.warn(`${file.path}:${lineOf(warning)}: YAML: ${warning.message.split('\n')[0]}`);
    if (file.yaml.errors.length > 0) {
      this.unreadable.push(file.path);
      return undefined;
    }
    const contents = file.yaml.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) return undefined; // empty file
    return contents as Node;
  }

  private fields(file: SeedFile, node: Node, where: string): Fields | undefined {
    if (!isMap(node)) {
      this.problem(file.path, this.lineOf(file, node), `${where}: expected a mapping of fields`);
      return undefined;
    }
    return new Fields(this, file, node, where);
  }

  lineOf(file: SeedFile, node: Node | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 0 : file.lines.linePos(offset).line;
  }

  problem(file: string, line: number, message: string): void {
    this.problems.push({ file, line, message });
  }

  warn(message: string): void {
    this.warnings.push(message);
  }

  reference(id: string, at: string): void {
    this.refs.push({ id, at });
  }
}

/**
 * Reads one YAML mapping field by field, reporting wrong types at the field's own line. Every key read is
 * marked; `done()` reports the keys nobody read as unknown fields.
 */
class Fields {
  private readonly read = new Set<string>();

  constructor(
    private readonly v: SeedValidator,
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

  evidence(opts: { required: boolean; statusRequired: boolean; defaultDocument: string | null }): RawEvidence[] {
    const evidence: RawEvidence[] = [];
    const present = this.list('evidence', (item, where) => {
      if (!isMap(item)) {
        this.error('evidence', `${where}: evidence is { quote, document, status, year, note }`);
        return;
      }
      const sub = new Fields(this.v, this.file, item, `${this.where} ${where}`);
      const quote = sub.string('quote', { required: true, coerceNumber: true });
      const document = sub.ref('document', ['Document']) ?? opts.defaultDocument;
      const status = sub.enumOf('status', EVIDENCE_STATUSES, opts.statusRequired);
      const year = sub.int('year');
      const note = sub.string('note');
      sub.done();
      if (quote !== null) evidence.push({ quote, document, status, year, note, source: sub.source() });
    });
    if (opts.required && present === 0)
      this.error(null, 'needs at least one `evidence` entry (a quote from a document)');
    return evidence;
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

function splitId(id: string): [string, string] {
  const colon = id.indexOf(':');
  return colon === -1 ? ['', id] : [id.slice(0, colon), id.slice(colon + 1)];
}

function splitAt(at: string): [string, number] {
  const colon = at.lastIndexOf(':');
  return [at.slice(0, colon), Number(at.slice(colon + 1))];
}
