import { createHash } from 'crypto';
import { isSeq, type Node } from 'yaml';
import {
  AREA_LEVELS,
  CODED_AREA_LEVELS,
  DOCUMENT_KINDS,
  EVIDENCE_STATUSES,
  INDICATOR_ATTRIBUTES,
  INSTITUTION_KINDS,
  OBSERVATION_KINDS,
  OBSERVATION_SCOPES,
  PROGRAMME_KINDS,
  RELATION_TYPES,
  COMPARATORS,
  TOWNSHIP_AREA_LEVELS,
  type AdministrativeArea,
  type Document,
  type EntityType,
  type Evidence,
  type EvidenceStatus,
  type Indicator,
  type IndicatorConcept,
  type Institution,
  type Observation,
  type Policy,
  type Programme,
  type SourceRef,
  type TargetGroup,
  type Theme,
} from '../model/facts';
import { parseDocumentNumber } from './document-number';
import { splitIntoPassages } from './passages';
import { QuoteLocator } from './quote-locator';
import type { QuoteVerifier } from './quote-verifier';
import type { RelationSet } from './relation-set';
import { Fields, type EvidenceOptions, type RawEvidence } from './seed-fields';
import type { SeedFile, SeedFiles } from './seed-files';
import type { SeedProblems } from './seed-problems';
import { readTable, type TableContext } from './seed-tables';

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

/**
 * Reads seed files (the format of seeds/README.md) into entities, documents and relations: each field checked
 * where it is written, each quote verified as it is read, each relation a quote states added to the RelationSet.
 * Problems go to SeedProblems; nothing here judges the folder as a whole (references, cycles, relation quotes:
 * the validator does that once everything is read).
 */
export class SeedReader {
  readonly themes: Theme[] = [];
  readonly programmes: Programme[] = [];
  readonly targetGroups: TargetGroup[] = [];
  readonly areas: AdministrativeArea[] = [];
  readonly institutions: Institution[] = [];
  readonly policies: Policy[] = [];
  readonly indicators: Indicator[] = [];
  readonly concepts: IndicatorConcept[] = [];
  /** Rows whose attribute is null without a flag: warned about if other rows of their table give one. */
  readonly unflaggedNullAttributes: { table: string; warn: () => void }[] = [];
  private readonly extensions: Extension[] = [];
  private readonly detachedObservations: DetachedObservation[] = [];
  private readonly pendingDocumentEvidence: Array<{ document: Document; rawEvidence: RawEvidence[] }> = [];

  constructor(
    private readonly seeds: SeedFiles,
    private readonly problems: SeedProblems,
    private readonly verifier: QuoteVerifier,
    private readonly relations: RelationSet,
  ) {}

  /** Every entity read, of every type (documents apart). */
  entities(): Array<
    Theme | Programme | TargetGroup | AdministrativeArea | Institution | Policy | Indicator | IndicatorConcept
  > {
    return [
      ...this.themes,
      ...this.programmes,
      ...this.targetGroups,
      ...this.areas,
      ...this.institutions,
      ...this.policies,
      ...this.indicators,
      ...this.concepts,
    ];
  }

  /** documents.yaml: each document with its passages; document evidence once all are loaded (it may quote another). */
  readDocuments(file: SeedFile): void {
    const root = this.problems.root(file);
    if (root === undefined) return;
    if (!isSeq(root)) {
      this.problems.problem(file.path, this.problems.lineOf(file, root), 'expected a list of documents');
      return;
    }
    root.items.forEach((item, i) => {
      const f = this.problems.fields(file, item as Node, `documents[${i}]`);
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
      if (id === null || !this.problems.define(id, 'Document', f.at())) return;
      const passages = splitIntoPassages(id, document.text);
      this.verifier.add({ document, passages, locator: new QuoteLocator(document.text) });
      // Verified after every document is loaded: a document's evidence may quote another document.
      this.pendingDocumentEvidence.push({ document, rawEvidence });
    });
    for (const { document, rawEvidence } of this.pendingDocumentEvidence)
      document.evidence = this.verifier.verify(rawEvidence);
  }

  /** A taxonomy or facts file: entities, tables, detached observations and relations. */
  readEntityFile(file: SeedFile): void {
    const root = this.problems.root(file);
    if (root === undefined) return;
    const f = this.problems.fields(file, root, 'file');
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
    const f = this.problems.fields(file, node, where);
    if (!f) return;
    const context: TableContext = {
      fields: (n, w) => this.problems.fields(file, n, w),
      readObservation: (n, w) => this.readObservation(file, n, w, defaults),
      verify: (raw) => this.verifier.verify(raw),
      defaultDocument: defaults.document,
    };
    for (const indicator of readTable(f, where, context)) {
      this.indicators.push(indicator);
      if (indicator.id !== '' && indicator.source)
        this.problems.define(indicator.id, 'Indicator', `${indicator.source.file}:${indicator.source.line}`);
    }
  }

  private readDetachedObservation(file: SeedFile, node: Node, where: string, defaults: FileDefaults): void {
    const f = this.problems.fields(file, node, where);
    if (!f) return;
    const indicatorId = f.ref('indicator', ['Indicator'], true);
    const observation = this.readObservationFields(f, defaults);
    f.done();
    if (indicatorId !== null && observation)
      this.detachedObservations.push({ indicatorId, observation, at: f.source() });
  }

  private readEntity(file: SeedFile, section: Section, node: Node, where: string, defaults: FileDefaults): void {
    const type = SECTIONS[section];
    const f = this.problems.fields(file, node, where);
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
    const verified = raw.map((r) => this.verifier.verifyOne(r));
    const common = {
      id: id ?? '',
      name: '',
      nameEn: f.string('nameEn', {
        required: type === 'Theme' || type === 'TargetGroup' || type === 'AdministrativeArea',
      }),
      aliases: f.strings('aliases'),
      distinctFrom: f.refs('distinctFrom', [type]),
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
    if (id !== null) this.problems.define(id, type, f.at());
  }

  /** A `ref:` entry: this file's statements (and aliases) for an entity another file defines. */
  private readExtension(f: Fields, type: EntityType, options: EvidenceOptions): void {
    const id = f.ref('ref', [type], true);
    const aliases = f.strings('aliases');
    const raw = f.evidence({ ...options, required: false });
    const verified = raw.map((r) => this.verifier.verifyOne(r));
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
        for (const target of to) this.relations.add(from, type, target, [statement], [], r.source);
    });
  }

  applyExtensions(): void {
    const byId = new Map<string, { aliases: string[]; evidence: Evidence[] }>();
    for (const entity of this.entities()) byId.set(entity.id, entity);
    for (const ext of this.extensions) {
      const entity = byId.get(ext.id);
      if (!entity) continue; // reported as an unknown id
      for (const alias of ext.aliases) if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
      entity.evidence.push(...ext.evidence);
    }
  }

  attachDetachedObservations(): void {
    const byId = new Map(this.indicators.map((i) => [i.id, i]));
    for (const d of this.detachedObservations) byId.get(d.indicatorId)?.observations.push(d.observation);
  }

  private readObservation(file: SeedFile, node: Node, where: string, defaults: FileDefaults): Observation | undefined {
    const f = this.problems.fields(file, node, where);
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
      evidence: this.verifier.verify(raw),
      flags,
      source: f.source(),
    };
  }

  private readRelation(file: SeedFile, node: Node, where: string, defaults: FileDefaults): void {
    const f = this.problems.fields(file, node, where);
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
    const evidence = this.verifier.verify(raw);
    const flags = f.flags();
    f.done();
    if (from === null || type === null) return;
    for (const target of to) this.relations.add(from, type, target, evidence, flags, f.source());
  }
}

/** Six digits (GB/T 2260), required, at county level and up; nine (the township code), optional, below. */
function checkAreaCode(f: Fields, level: AdministrativeArea['level'], code: string | null): void {
  const township = level !== null && TOWNSHIP_AREA_LEVELS.includes(level);
  if (code !== null && !township && !/^\d{6}$/.test(code))
    f.error('code', `code must be six digits (GB/T 2260), got ${JSON.stringify(code)}`);
  if (code !== null && township && !/^\d{9}$/.test(code))
    f.error('code', `code must be the nine-digit township code at level ${level}, got ${JSON.stringify(code)}`);
  if (code === null && level !== null && CODED_AREA_LEVELS.includes(level))
    f.error(null, `code is required at level ${level}`);
}
