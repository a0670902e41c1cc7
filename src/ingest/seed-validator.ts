import { createHash } from 'crypto';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import {
  AREA_LEVELS,
  CODED_AREA_LEVELS,
  COMPARATORS,
  DOCUMENT_KINDS,
  EVIDENCE_STATUSES,
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
  type FactSet,
  type Flag,
  type IdPrefix,
  type EvidenceStatus,
  type Indicator,
  type IndicatorConcept,
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
  TOWNSHIP_AREA_LEVELS,
} from '../model/facts';
import { impliedScopeStatements } from './document-scope';
import { checkRelationQuotes } from './relation-quotes';
import { sharedNames } from './shared-names';
import { readTable, type TableContext } from './seed-tables';
import { parseDocumentNumber } from './document-number';
import { findMentions } from './mentions';
import { splitIntoPassages } from './passages';
import { citedPolicies, extractCitations } from './policy-citations';
import { QuoteLocator, passageAt } from './quote-locator';
import { Fields, type EvidenceOptions, type FieldReporter, type RawEvidence } from './seed-fields';
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
  concepts: 'IndicatorConcept',
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
  // A programme's edition, brand, sub-project or town station under the general programme; target groups.
  BROADER: { Programme: ['Programme'], TargetGroup: ['TargetGroup'] },
  BORDERS: { AdministrativeArea: ['AdministrativeArea'] },
  OF_CONCEPT: { Indicator: ['IndicatorConcept'] },
  // A programme's later generation (双百工程 after the 双百计划): linked, neither merged nor nested.
  SUCCEEDS: { Programme: ['Programme'] },
};

/** What a file sets for every entry in it. */
interface FileDefaults {
  document: string | null;
  status: EvidenceStatus | null;
}

/** A `ref:` entry: statements and aliases another file adds to an entity defined elsewhere. */
interface Extension {
  id: string;
  type: EntityType;
  aliases: string[];
  evidence: Evidence[];
  at: SourceRef;
}

/** An observation written apart from its indicator (`observations:` at the top of a file). */
interface DetachedObservation {
  indicatorId: string;
  observation: Observation;
  at: SourceRef;
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

class SeedValidator implements FieldReporter {
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
  private readonly concepts: IndicatorConcept[] = [];
  private readonly extensions: Extension[] = [];
  private readonly detachedObservations: DetachedObservation[] = [];
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
    this.applyExtensions();
    this.attachDetachedObservations();
    this.deriveRelations();
    this.checkCycles();
    for (const p of checkRelationQuotes(this.relationQuoteInput())) this.problem(p.file, p.line, p.message);

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
    const defaults: FileDefaults = {
      document: f.ref('document', ['Document']),
      status: f.enumOf('status', EVIDENCE_STATUSES, false),
    };
    for (const section of Object.keys(SECTIONS) as Section[]) {
      f.list(section, (item, where) => this.readEntity(file, section, item, where, defaults));
    }
    f.list('tables', (item, where) => this.readTable(file, item, where, defaults));
    f.list('observations', (item, where) => this.readDetachedObservation(file, item, where, defaults));
    f.list('relations', (item, where) => this.readRelation(file, item, where, defaults));
    f.done();
  }

  private readTable(file: SeedFile, node: Node, where: string, defaults: FileDefaults): void {
    const f = this.fields(file, node, where);
    if (!f) return;
    const context: TableContext = {
      fields: (n, w) => this.fields(file, n, w),
      readObservation: (n, w) => this.readObservation(file, n, w, defaults),
      verify: (raw) => this.verify(raw),
      defaultDocument: defaults.document,
    };
    for (const indicator of readTable(f, where, context)) {
      this.indicators.push(indicator);
      if (indicator.id !== '' && indicator.source) this.define(indicator.id, 'Indicator', `${indicator.source.file}:${indicator.source.line}`);
    }
  }

  private readDetachedObservation(file: SeedFile, node: Node, where: string, defaults: FileDefaults): void {
    const f = this.fields(file, node, where);
    if (!f) return;
    const indicatorId = f.ref('indicator', ['Indicator'], true);
    const observation = this.readObservationFields(f, defaults);
    f.done();
    if (indicatorId !== null && observation)
      this.detachedObservations.push({ indicatorId, observation, at: f.source() });
  }

  private readEntity(file: SeedFile, section: Section, node: Node, where: string, defaults: FileDefaults): void {
    const type = SECTIONS[section];
    const f = this.fields(file, node, where);
    if (!f) return;
    const evidenceOptions: EvidenceOptions = {
      required: type !== 'IndicatorConcept',
      statusRequired: false,
      defaultDocument: defaults.document,
      defaultStatus: defaults.status,
      relations: true,
    };
    if (f.has('ref')) {
      this.readExtension(f, type, evidenceOptions);
      return;
    }
    const id = f.id('id', type, true);
    const raw = f.evidence(evidenceOptions);
    const verified = raw.map((r) => this.verifyOne(r));
    const common = {
      id: id ?? '',
      name: '',
      nameEn: f.string('nameEn', {
        required: type === 'Theme' || type === 'TargetGroup' || type === 'AdministrativeArea',
      }),
      aliases: f.strings('aliases'),
      flags: f.flags(),
      source: f.source(),
      evidence: verified.filter((e): e is Evidence => e !== null),
    };
    if (id !== null) this.addStatedRelations(id, raw, verified);
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
        checkAreaCode(f, level, code);
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
      case 'IndicatorConcept':
        this.concepts.push({ ...common, type, unit: f.string('unit', { coerceNumber: true }), note: f.string('note') });
        break;
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
          concept: f.ref('concept', ['IndicatorConcept']),
          observations: [],
        };
        f.list('observations', (item, w) => {
          const o = this.readObservation(file, item, `${where} ${common.id} ${w}`, defaults);
          if (o) indicator.observations.push(o);
        });
        this.indicators.push(indicator);
        break;
      }
    }
    f.done();
    if (id !== null) this.define(id, type, f.at());
  }

  /** A `ref:` entry: this file's statements (and aliases) for an entity another file defines. */
  private readExtension(f: Fields, type: EntityType, options: EvidenceOptions): void {
    const id = f.ref('ref', [type], true);
    const aliases = f.strings('aliases');
    const raw = f.evidence({ ...options, required: false });
    const verified = raw.map((r) => this.verifyOne(r));
    f.done();
    if (id === null) return;
    this.addStatedRelations(id, raw, verified);
    const evidence = verified.filter((e): e is Evidence => e !== null);
    this.extensions.push({ id, type, aliases, evidence, at: f.source() });
  }

  /** The relations an entity's quotes state (`serves:`, `covers:` … on its evidence entries). */
  private addStatedRelations(from: string, raw: RawEvidence[], verified: (Evidence | null)[]): void {
    raw.forEach((r, i) => {
      const statement = verified[i];
      if (!statement) return;
      for (const { type, to } of r.states)
        for (const target of to) this.addRelation(from, type, target, [statement], [], r.source);
    });
  }

  private applyExtensions(): void {
    const byId = new Map<string, { aliases: string[]; evidence: Evidence[] }>();
    for (const list of [this.themes, this.programmes, this.targetGroups, this.areas, this.institutions, this.policies, this.indicators, this.concepts] as const)
      for (const entity of list) byId.set(entity.id, entity);
    for (const ext of this.extensions) {
      const entity = byId.get(ext.id);
      if (!entity) continue; // reported as an unknown id
      for (const alias of ext.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      entity.evidence.push(...ext.evidence);
    }
  }

  private attachDetachedObservations(): void {
    const byId = new Map(this.indicators.map((i) => [i.id, i]));
    for (const d of this.detachedObservations) byId.get(d.indicatorId)?.observations.push(d.observation);
  }

  private readObservation(file: SeedFile, node: Node, where: string, defaults: FileDefaults): Observation | undefined {
    const f = this.fields(file, node, where);
    if (!f) return undefined;
    const observation = this.readObservationFields(f, defaults);
    f.done();
    return observation;
  }

  /**
   * An observation's fields; its quote may be written inline (`quote:`), with the status its kind implies
   * (TARGET: PLANNED; BASELINE, ACTUAL: ACHIEVED) and its year unless the entry says otherwise.
   */
  private readObservationFields(f: Fields, defaults: FileDefaults): Observation | undefined {
    const flags = f.flags();
    const value = f.number('value');
    if (value === null && !flags.some((fl) => fl.code === 'UNKNOWN_VALUE')) {
      f.error('value', 'value is null or missing: give the printed number, or null with an UNKNOWN_VALUE flag');
    }
    const year = f.int('year', true) ?? 0;
    const kind = f.enumOf('kind', OBSERVATION_KINDS, true) ?? 'ACTUAL';
    const options: EvidenceOptions = { required: false, statusRequired: false, defaultDocument: defaults.document };
    const raw = f.evidence(options);
    const inline = f.inlineEvidence({ ...options, defaultStatus: kind === 'TARGET' ? 'PLANNED' : 'ACHIEVED' });
    if (inline) raw.push({ ...inline, year: inline.year ?? year });
    return {
      year,
      kind,
      scope: f.enumOf('scope', OBSERVATION_SCOPES, false),
      value,
      comparator: f.enumOf('comparator', COMPARATORS, false),
      text: f.string('text', { coerceNumber: true }),
      completion: f.string('completion'),
      evidence: this.verify(raw),
      flags,
      source: f.source(),
    };
  }

  private readRelation(file: SeedFile, node: Node, where: string, defaults: FileDefaults): void {
    const f = this.fields(file, node, where);
    if (!f) return;
    const from = f.ref('from', null, true);
    const type = f.enumOf('type', RELATION_TYPES, true);
    const to = f.refs('to', null, true);
    const options: EvidenceOptions = {
      required: !f.has('quote'),
      statusRequired: true,
      defaultDocument: defaults.document,
      defaultStatus: defaults.status,
    };
    const raw = f.evidence(options);
    const inline = f.inlineEvidence(options);
    if (inline) raw.push(inline);
    const evidence = this.verify(raw);
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
      derive(i, 'OF_CONCEPT', i.concept);
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
        this.problem(
          r.source.file,
          r.source.line,
          `relation ${r.key}: ${fromType} ${r.type} ${toType} is not allowed (allowed: ${pairs})`,
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

  /** Area parents and BROADER (target groups, programmes) must not loop, however they were written. */
  private checkCycles(): void {
    const edges = new Map<string, string[]>();
    for (const r of this.relations.values()) {
      const hierarchical = r.type === 'BROADER' || (r.type === 'PART_OF' && r.from.startsWith('AdministrativeArea:'));
      if (hierarchical) edges.set(r.from, [...(edges.get(r.from) ?? []), r.to]);
    }
    const entities = new Map<string, SourceRef | null>(
      [...this.areas, ...this.targetGroups, ...this.programmes].map((e) => [e.id, e.source]),
    );
    const sourceOf = (id: string): SourceRef | null => {
      const relation = [...this.relations.values()].find((r) => r.from === id && r.statements.length > 0);
      return entities.get(id) ?? relation?.statements[0]?.source ?? null;
    };
    const state = new Map<string, 'open' | 'done'>();
    const reported = new Set<string>();
    const visit = (id: string, stack: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        const cycle = stack.slice(stack.indexOf(id));
        const name = [...cycle].sort().join(',');
        if (!reported.has(name)) {
          reported.add(name);
          const source = sourceOf(id);
          const field = id.startsWith('AdministrativeArea:') ? 'parent' : 'broader';
          this.problem(source?.file ?? '', source?.line ?? 0, `cycle in \`${field}\`: ${[...cycle, id].join(' → ')}`);
        }
        return;
      }
      state.set(id, 'open');
      for (const next of edges.get(id) ?? []) visit(next, [...stack, id]);
      state.set(id, 'done');
    };
    for (const id of edges.keys()) visit(id, []);
  }

  // ---- evidence ------------------------------------------------------------------------------------------

  /** Locates each quote in its document; problems for unknown documents and quotes not found. */
  private verify(raw: RawEvidence[]): Evidence[] {
    return raw.map((e) => this.verifyOne(e)).filter((e): e is Evidence => e !== null);
  }

  private verifyOne(e: RawEvidence): Evidence | null {
    const at = e.source;
    if (e.document === null) {
      this.problem(at.file, at.line, 'evidence has no document: set `document:` on the evidence or at the top of the file');
      return null;
    }
    const loaded = this.documents.get(e.document);
    if (!loaded) {
      this.problem(at.file, at.line, `evidence quotes unknown document ${e.document}`);
      return null;
    }
    const all = loaded.locator.locate(e.quote);
    if (all.length === 0) {
      this.problem(at.file, at.line, `quote not found in ${e.document} (whitespace is ignored, punctuation is not): "${e.quote}"`);
      return null;
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
    return {
      documentId: e.document,
      passageId: passageAt(loaded.passages, first.startOffset)?.id ?? '',
      quote: e.quote,
      status: e.status,
      year: e.year,
      note: e.note,
      implicit: e.implicit,
      impliedBy: null,
      flags: e.flags,
      ...first,
      source: at,
    };
  }

  // ---- result --------------------------------------------------------------------------------------------

  private factSet(): FactSet {
    const tablesWithAttributes = new Set(this.indicators.filter((i) => i.attribute !== null).map((i) => i.table?.name));
    for (const entry of this.unflaggedNullAttributes) if (tablesWithAttributes.has(entry.table)) entry.warn();
    const loaded = [...this.documents.values()];
    const passages = loaded.flatMap((d) => d.passages);
    const texts = new Map(loaded.map((d) => [d.document.id, d.document.text]));
    const citations = extractCitations(passages, texts, this.policies);
    const documentsWithin = this.documentsWithinArea(loaded);
    for (const implied of impliedScopeStatements(
      loaded.map((d) => d.document),
      this.programmes,
      [...this.relations.values()],
    ))
      this.addRelation(implied.from, 'COVERS', implied.to, [implied.statement], [], null);
    for (const shared of sharedNames([...this.themes, ...this.programmes, ...this.targetGroups, ...this.areas, ...this.institutions, ...this.policies, ...this.concepts]))
      this.warn(`the same name “${shared.name}” is given to ${shared.ids.join(' and ')}: one thing should be one node (merge them, or rename what only shares a word)`);
    const mentionable = [
      ...this.themes,
      ...this.programmes,
      ...this.targetGroups,
      ...this.areas,
      ...this.institutions.map((i) => ({ ...i, aliasDocuments: documentsWithin(i.area) })),
    ];
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
        IndicatorConcept: this.concepts,
      },
      indicators: this.indicators,
      relations: [...this.relations.values()],
      citations,
      mentions: findMentions(passages, mentionable, texts),
      warnings: this.warnings,
    };
  }

  /**
   * For an area id, the documents about that area or a place inside it: where an institution of that area is
   * meant by its short, relative aliases (市政府 in a 江门 document is 江门市人民政府, in a 中山 one it is not).
   * Undefined (aliases apply everywhere) for an institution with no area. Each document's chain of areas is
   * computed once, not once per institution.
   */
  private documentsWithinArea(loaded: LoadedDocument[]): (areaId: string | null) => Set<string> | undefined {
    const parents = new Map(this.areas.map((a) => [a.id, a.parent]));
    const chains = loaded.map((d) => {
      const chain = new Set<string>();
      // Area parents were checked for cycles; the bound only guards against a bad map.
      for (let at = d.document.area; at !== null && at !== undefined && chain.size < 50; at = parents.get(at) ?? null)
        chain.add(at);
      return { id: d.document.id, chain };
    });
    return (areaId) =>
      areaId === null ? undefined : new Set(chains.filter((c) => c.chain.has(areaId)).map((c) => c.id));
  }

  /** What the relation-quote check needs: every listed relation, the names of its ends, the passages. */
  private relationQuoteInput(): Parameters<typeof checkRelationQuotes>[0] {
    const names = new Map<string, string[]>();
    for (const list of [this.themes, this.programmes, this.targetGroups, this.areas, this.institutions, this.policies, this.indicators, this.concepts] as const)
      for (const e of list) names.set(e.id, [e.name, ...e.aliases]);
    const listed = new Set(this.listedRelations.map((r) => r.key));
    const passages = new Map<string, Passage>();
    const areaOfDocument = new Map<string, string | null>();
    for (const d of this.documents.values()) {
      for (const p of d.passages) passages.set(p.id, p);
      areaOfDocument.set(d.document.id, d.document.area);
    }
    const levels = new Map(this.areas.map((a) => [a.id, a.level]));
    return {
      relations: [...this.relations.values()].filter((r) => listed.has(r.key)),
      names,
      passages,
      areaOfDocument,
      levels,
      texts: new Map([...this.documents.values()].map((d) => [d.document.id, d.document.text])),
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

/** Six digits (GB/T 2260), required, at county level and up; nine (the township code), optional, below. */
function checkAreaCode(f: Fields, level: AdministrativeArea['level'], code: string | null): void {
  const township = level !== null && TOWNSHIP_AREA_LEVELS.includes(level);
  if (code !== null && !township && !/^\d{6}$/.test(code))
    f.error('code', `code must be six digits (GB/T 2260), got ${JSON.stringify(code)}`);
  if (code !== null && township && !/^\d{9}$/.test(code))
    f.error('code', `code must be the nine-digit township code at level ${level}, got ${JSON.stringify(code)}`);
  if (code === null && level !== null && CODED_AREA_LEVELS.includes(level)) f.error(null, `code is required at level ${level}`);
}

function splitAt(at: string): [string, number] {
  const colon = at.lastIndexOf(':');
  return [at.slice(0, colon), Number(at.slice(colon + 1))];
}
