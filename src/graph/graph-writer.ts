import { createHash } from 'node:crypto';
import type { Entity, Evidence, FactSet, Flag, Indicator } from '../model/facts';
import type { Graph, Params } from './graph';
import { append } from './lists-by-pair';
import { measureListSizes } from './list-sizes';
import { compactSearchText } from './search-text';

/**
 * Writes a verified FactSet into Neo4j: schema first (idempotent), then the whole graph in ONE
 * write transaction that removes the previous graph and creates the new one. Either everything
 * commits or Neo4j rolls back to the previous graph exactly; there is no half-written state.
 */

export interface WriteResult {
  changed: boolean;
  version: string;
  counts: Record<string, number>;
}

type Log = (line: string) => void;

/** Rows per UNWIND statement: large enough to need few round-trips, small enough for modest heaps. */
const CHUNK = 2000;

export async function applySchema(graph: Graph): Promise<void> {
  for (const name of graph.catalog.names().filter((n) => n.startsWith('schema'))) {
    await graph.command(name);
  }
}

export async function writeFactSet(
  graph: Graph,
  facts: FactSet,
  options: {
    force?: boolean;
    log?: Log;
    ingestedAt?: Date;
    /** Fingerprint of the code that turned the seeds into facts; a new one rewrites an unchanged release. */
    pipeline?: string;
  } = {},
): Promise<WriteResult> {
  const log = options.log ?? (() => undefined);
  const rows = toRows(facts);
  const counts = Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]));
  await applySchema(graph);
  const [current] = await graph.read('ingestCurrentRelease');
  const pipeline = options.pipeline ?? null;
  if (!options.force && current?.version === facts.version && current?.pipeline === pipeline) {
    log(`graph already holds release ${facts.version.slice(0, 12)}; nothing to write`);
    return { changed: false, version: facts.version, counts };
  }
  // While the commit is applied, readers are told a new release is being written (release-consistency.ts).
  const lock = {
    beforeCommit: async () => void (await graph.write('ingestLockSet')),
    afterCommit: async () => void (await graph.write('ingestLockClear')),
  };
  await graph.writeTransactionAnnounced(
    async (tx) => {
      log('removing the previous graph (in the same transaction)');
      await tx.run('ingestRemoveGraph');
      const steps: [keyof typeof rows, string][] = [
        ['documents', 'ingestDocuments'],
        ['passages', 'ingestPassages'],
        ['entities', 'ingestEntities'],
        ['observations', 'ingestObservations'],
        ['evidence', 'ingestEvidence'],
        ['relations', 'ingestRelations'],
        ['citations', 'ingestCitations'],
        ['mentions', 'ingestMentions'],
      ];
      for (const [key, statement] of steps) {
        const list = rows[key];
        for (let i = 0; i < list.length; i += CHUNK) {
          await tx.run(statement, { rows: list.slice(i, i + CHUNK) });
        }
        log(`wrote ${list.length} ${key}`);
      }
      // Measured on the graph just written, in the same transaction: the API sizes its query cost by them.
      const listSizes = await measureListSizes((name) => tx.run(name));
      log(`measured ${Object.keys(listSizes).length} list sizes`);
      await tx.run('ingestRelease', {
        props: {
          id: 'Release:current',
          version: facts.version,
          pipeline,
          ingestedAt: (options.ingestedAt ?? new Date()).toISOString(),
          countsJson: JSON.stringify(counts),
          listSizesJson: JSON.stringify(listSizes),
        },
      });
    },
    lock,
    // A whole-graph write takes longer than an API read; give it its own, generous timeout.
    10 * 60_000,
  );
  return { changed: true, version: facts.version, counts };
}

interface Rows {
  documents: Params[];
  passages: Params[];
  entities: Params[];
  observations: Params[];
  evidence: Params[];
  relations: Params[];
  citations: Params[];
  mentions: Params[];
}

/** Plain property maps for every node and relationship; exported for tests. */
export function toRows(facts: FactSet): Rows {
  const evidence: Params[] = [];
  const addEvidence = (about: string, list: Evidence[], subjectId: string | null) => {
    list.forEach((e, index) => evidence.push({ subjectId, props: evidenceProps(about, index, e) }));
  };

  const documents = facts.documents.map((d) => {
    addEvidence(d.id, d.evidence, d.id);
    return {
      id: d.id,
      title: d.title,
      titleEn: d.titleEn,
      year: d.year,
      periodFrom: d.period?.from ?? null,
      periodTo: d.period?.to ?? null,
      kind: d.kind,
      file: d.file,
      sourceName: d.sourceName,
      checksum: d.sha256,
      areaId: d.area,
      issuerId: d.issuer,
      inferredJson: JSON.stringify(d.inferred),
      flagsJson: flagsJson(d.flags),
      length: d.text.length,
    };
  });

  const documentText = new Map(facts.documents.map((d) => [d.id, d.text]));
  const passages = facts.passages.map((p) => ({
    id: p.id,
    documentId: p.documentId,
    ordinal: p.ordinal,
    sectionPath: p.sectionPath,
    kind: p.kind,
    text: p.text,
    // For search (src/graph/repositories/search.ts): the document's own lines, to give snippet lines their
    // line numbers, and the text without whitespace, where a number and its unit are found however the PDF
    // extraction spaced or wrapped them.
    source: documentText.get(p.documentId)?.slice(p.startOffset, p.endOffset) ?? p.text,
    searchText: compactSearchText(p.text),
    startOffset: p.startOffset,
    endOffset: p.endOffset,
    startLine: p.startLine,
    endLine: p.endLine,
  }));

  const allEntities: Entity[] = [
    ...facts.entities.Theme,
    ...facts.entities.Programme,
    ...facts.entities.TargetGroup,
    ...facts.entities.AdministrativeArea,
    ...facts.entities.Institution,
    ...facts.entities.Policy,
    ...facts.entities.IndicatorConcept,
    ...facts.indicators,
  ];
  const entities = allEntities.map((entity) => {
    addEvidence(entity.id, entity.evidence, entity.id);
    return { label: entity.type, props: entityProps(entity) };
  });

  const observations: Params[] = [];
  for (const indicator of facts.indicators) {
    observationIds(indicator).forEach((id, index) => {
      const o = indicator.observations[index]!;
      addEvidence(id, o.evidence, id);
      observations.push({
        id,
        indicatorId: indicator.id,
        ordinal: index + 1,
        year: o.year,
        kind: o.kind,
        scope: o.scope,
        value: o.value,
        comparator: o.comparator,
        text: o.text,
        completion: o.completion,
        flagsJson: flagsJson(o.flags),
      });
    });
  }

  const relations = facts.relations.map((r) => {
    addEvidence(r.key, r.statements, null);
    return {
      from: r.from,
      to: r.to,
      type: r.type,
      props: {
        key: r.key,
        statementCount: r.statements.length,
        statuses: [...new Set(r.statements.map((s) => s.status).filter((s): s is NonNullable<typeof s> => !!s))],
        documentIds: [...new Set(r.statements.map((s) => s.documentId))],
        flagsJson: flagsJson(r.flags),
      },
    };
  });

  const citations = groupByPair(
    facts.citations,
    (c) => c.policyId,
    (list) => ({ titles: list.map((c) => c.title) }),
  );
  const mentions = groupByPair(
    facts.mentions,
    (m) => m.entityId,
    (list) => ({ surfaces: list.map((m) => m.surface) }),
  ).map((row) => ({ passageId: row.passageId, entityId: row.targetId, props: row.props }));

  return {
    documents,
    passages,
    entities,
    observations,
    evidence,
    relations,
    citations: citations.map((row) => ({ passageId: row.passageId, policyId: row.targetId, props: row.props })),
    mentions,
  };
}

function entityProps(entity: Entity | Indicator): Params {
  const base: Params = {
    id: entity.id,
    name: entity.name,
    nameEn: entity.nameEn,
    aliases: entity.aliases,
    // Full-text indexes take strings only, so aliases are indexed through this joined copy.
    aliasesText: entity.aliases.join('\n'),
    flagsJson: flagsJson(entity.flags),
    curated: entity.source !== null,
  };
  switch (entity.type) {
    case 'Programme':
      return { ...base, kind: entity.kind };
    case 'AdministrativeArea':
      return { ...base, level: entity.level, code: entity.code, parentId: entity.parent };
    case 'Institution':
      return { ...base, kind: entity.kind, areaId: entity.area, parentId: entity.parent };
    case 'Policy':
      return {
        ...base,
        title: entity.title,
        issuer: entity.issuer,
        number: entity.number,
        issuerCode: entity.parsedNumber?.issuerCode ?? null,
        numberYear: entity.parsedNumber?.year ?? null,
        serial: entity.parsedNumber?.serial ?? null,
        year: entity.year,
        curated: entity.curated,
      };
    case 'Indicator':
      return {
        ...base,
        unit: entity.unit,
        category: entity.category,
        attribute: entity.attribute,
        tableName: entity.table?.name ?? null,
        tableRow: entity.table?.row ?? null,
        tableSubRow: entity.table?.subRow ?? null,
        conceptId: entity.concept,
      };
    case 'IndicatorConcept':
      return { ...base, unit: entity.unit, note: entity.note };
    default:
      return base;
  }
}

/** `Observation:<indicator slug>:<year>:<kind>:<scope>`, with `:2`, `:3` … when a pair repeats. */
export function observationIds(indicator: Indicator): string[] {
  const slug = indicator.id.slice(indicator.id.indexOf(':') + 1);
  const seen = new Map<string, number>();
  return indicator.observations.map((o) => {
    const base = `Observation:${slug}:${o.year}:${o.kind}:${o.scope ?? 'NA'}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}:${n}`;
  });
}

function evidenceProps(about: string, index: number, e: Evidence): Params {
  // Stable across re-ingests of the same seeds: derived from what it supports and where it points.
  const id = `Evidence:${createHash('sha1').update(`${about}#${index}#${e.documentId}#${e.startOffset}`).digest('hex').slice(0, 20)}`;
  return {
    id,
    about,
    quote: e.quote,
    status: e.status,
    year: e.year,
    note: e.note,
    implicit: e.implicit,
    impliedBy: e.impliedBy,
    flagsJson: flagsJson(e.flags),
    documentId: e.documentId,
    passageId: e.passageId,
    startOffset: e.startOffset,
    endOffset: e.endOffset,
    startLine: e.startLine,
    endLine: e.endLine,
    seedFile: e.source.file,
    seedLine: e.source.line,
  };
}

function flagsJson(flags: Flag[]): string | null {
  return flags.length === 0 ? null : JSON.stringify(flags);
}

interface Spanned {
  passageId: string;
  startOffset: number;
  endOffset: number;
}

/** One relationship per (passage, target), holding every occurrence's offsets. */
function groupByPair<T extends Spanned>(
  items: T[],
  target: (item: T) => string,
  extra: (list: T[]) => Params,
): { passageId: string; targetId: string; props: Params }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) append(groups, `${item.passageId}\u0000${target(item)}`, item);
  return [...groups.values()].map((list) => ({
    passageId: list[0]!.passageId,
    targetId: target(list[0]!),
    props: {
      count: list.length,
      startOffsets: list.map((i) => i.startOffset),
      endOffsets: list.map((i) => i.endOffset),
      ...extra(list),
    },
  }));
}
