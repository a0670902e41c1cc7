import DataLoader from 'dataloader';
import type { RelationType } from '../model/facts';
import { evidenceKey, EvidenceViews, type EvidenceByKey } from './evidence-views';
import { append, ListsByPair } from './lists-by-pair';
import { andThen, type MaybePromise } from './maybe-promise';
import { filterObservations, type ObservationFilter } from './trace';
import type { Params, Row } from './graph';
import { ordinalAfter, passageKey, toConnection, type Connection, type PageRequest } from './pagination';
import {
  OBSERVATION_ROW_PROPS,
  unionOfEvidence,
  unionOfRelation,
  zipProps,
  NO_LOOK_AHEAD,
  type EvidenceProjection,
  type NextRelations,
  type RelationLookAhead,
  type RelationProjection,
} from './projection';
import {
  toDocument,
  toEntity,
  toNodeRecord,
  toObservation,
  toPassage,
  relationTo,
  toFarNode,
  toRelation,
  type AreaRecord,
  type CitationRecord,
  type EntityRecord,
  type EvidenceRecord,
  type MentionRecord,
  type NodeRecord,
  type NodeTypeName,
  type ObservationRecord,
  type PassageRecord,
  type PolicyRecord,
  type RecordOf,
  type RelationRecord,
} from './records';

/** Runs a named statement of cypher/ for one request (Graph.read with the request's StatementListener). */
export type Reader = (name: string, params?: Params) => Promise<Row[]>;

export type Direction = 'OUT' | 'IN';

export interface PassagePageKey {
  documentId: string;
  request: PageRequest;
}

interface RelationKey {
  id: string;
  type: RelationType;
  projection: RelationProjection;
  ahead: RelationLookAhead;
}

interface ObservationKey {
  /** The indicator's id. */
  id: string;
  /** Read the observations' evidence ahead, through this projection; null: not asked. */
  evidence: EvidenceProjection | null;
  /** Only of the observations the caller keeps (its year, kind and scope arguments). */
  only: ObservationFilter;
}

const filterKey = (only: ObservationFilter) => `${only.year ?? ''}|${only.kind ?? ''}|${only.scope ?? ''}`;
const observationKey = (key: ObservationKey) => `${key.id}|${key.evidence?.signature ?? ''}|${filterKey(key.only)}`;

interface EvidenceKey {
  /** An `about` (node id or relation key), or a passage id. */
  key: string;
  projection: EvidenceProjection;
}

const relationKey = (key: RelationKey) => `${key.type}|${key.id}|${key.projection.signature}|${key.ahead.signature}`;
/**
 * Relations read ahead are found by what a resolver asks: direction, type and projection (this group, which a
 * level's nodes share), then the node's id.
 */
const primedRelationGroup = (direction: Direction, type: string, projection: RelationProjection) =>
  `${direction}|${type}|${projection.signature}`;
const loaderEvidenceKey = (key: EvidenceKey) => evidenceKey(key.key, key.projection);

export interface LoaderOptions {
  /** The most keys one statement is sent (config.maxBatchSize). */
  maxBatchSize: number;
  /** When a batch is sent: the request's WaveScheduler; DataLoader's next tick when absent. */
  batchScheduleFn?: (dispatch: () => void) => void;
}

/**
 * The per-request DataLoaders: every lookup by id and every relation fetch of a request goes through one of
 * them, so all keys asked for at one depth of the query become one `UNWIND $ids` statement per loader, and
 * the number of statements is bounded by the query's nesting, not by the number of results. Create one
 * instance per request.
 *
 * Statements return what the next level needs along with each row (a relation its far node, evidence its
 * passage and document), so most fields resolve without a further round-trip.
 *
 * Batches are not cached across waves (`cache: false`; keys are deduplicated within a batch). A cache would
 * save rows, not statements, and it would make the number of statements depend on which nodes happened to be
 * read earlier in the request: with waves (WaveScheduler) and no cache, a request sends at most one
 * statement per loader per wave, whatever the data.
 *
 * Every batch function returns values in key order; a missing node is `null`, a missing list is `[]`.
 */
export class Loaders {
  readonly node: DataLoader<string, NodeRecord | null>;
  readonly ancestors: DataLoader<string, AreaRecord[]>;
  /** Institutions whose area is this one, by area id. */
  readonly institutionsInArea: DataLoader<string, RecordOf<'Institution'>[]>;
  readonly mentions: DataLoader<string, MentionRecord[]>;
  /** Citations made by a passage, by passage id. */
  readonly cites: DataLoader<string, CitationRecord[]>;
  /** Citations of a policy, by policy id. */
  readonly citedBy: DataLoader<string, CitationRecord[]>;
  readonly passagePages: DataLoader<PassagePageKey, Connection<PassageRecord>, string>;
  private readonly relationsOut: DataLoader<RelationKey, RelationRecord[], string>;
  private readonly relationsIn: DataLoader<RelationKey, RelationRecord[], string>;
  private readonly evidenceByAbout: DataLoader<EvidenceKey, EvidenceRecord[], string>;
  private readonly evidenceInPassages: DataLoader<EvidenceKey, EvidenceRecord[], string>;
  private readonly options: LoaderOptions & { cache: false };
  /** Evidence by projection signature and key, read ahead (primeEvidence). */
  private readonly primedEvidence: EvidenceByKey = new ListsByPair();
  /**
   * Relations by primedRelationGroup and node id, and nodes by id, read ahead by a relation level
   * (apiRelationsOutAhead …).
   */
  private readonly primedRelations = new ListsByPair<RelationRecord>();
  private readonly primedNodes = new Map<string, NodeRecord>();
  private readonly observations: DataLoader<ObservationKey, ObservationRecord[], string>;
  /** Observations by observationKey, read ahead by a page (observationsPageAhead). */
  private readonly primedObservations = new Map<string, ObservationRecord[]>();

  constructor(
    private readonly read: Reader,
    options: LoaderOptions,
  ) {
    this.options = { ...options, cache: false };
    this.node = this.loader((ids) => this.loadNodes(ids));
    this.ancestors = this.loader((ids) => this.loadEntityLists('apiAreaAncestors', 'AdministrativeArea', ids));
    this.institutionsInArea = this.loader((ids) => this.loadEntityLists('apiInstitutionsInAreas', 'Institution', ids));
    this.observations = this.keyed((keys) => this.loadObservations(keys), observationKey);
    this.mentions = this.loader((ids) => this.loadMentions(ids));
    this.cites = this.loader((ids) => this.loadCitations('apiPassageCites', ids));
    this.citedBy = this.loader((ids) => this.loadCitations('apiPolicyCitedBy', ids));
    this.passagePages = new DataLoader((keys) => this.loadPassagePages(keys), this.options);
    this.relationsOut = this.keyed((keys) => this.loadRelations('OUT', keys), relationKey);
    this.relationsIn = this.keyed((keys) => this.loadRelations('IN', keys), relationKey);
    this.evidenceByAbout = this.keyed((keys) => this.loadEvidence('apiEvidenceByAbout', keys, true), loaderEvidenceKey);
    this.evidenceInPassages = this.keyed(
      (keys) => this.loadEvidence('apiEvidenceInPassages', keys, false),
      loaderEvidenceKey,
    );
  }

  /**
   * The relations of one type seen from one end of node `id` (e.g. SERVES OUT of a programme, SERVES IN to a group);
   * the far node, when an entity, and the relationship's own fields read through `projection`. Every type, node and
   * projection asked for in one wave is one statement per direction, reading the union of the projections.
   */
  relations(
    type: RelationType,
    direction: Direction,
    id: string,
    projection: RelationProjection,
    ahead: RelationLookAhead = NO_LOOK_AHEAD,
  ): MaybePromise<RelationRecord[]> {
    const primed = this.primedRelations.get(primedRelationGroup(direction, type, projection), id);
    if (primed) return primed;
    return (direction === 'OUT' ? this.relationsOut : this.relationsIn).load({ id, type, projection, ahead });
  }

  /** Evidence by `about`: a node id (its evidence) or a relation key `from|TYPE|to` (its statements). */
  evidence(about: string, projection: EvidenceProjection): MaybePromise<EvidenceRecord[]> {
    const primed = this.primedEvidence.get(projection.signature, about);
    return primed ?? this.evidenceByAbout.load({ key: about, projection });
  }

  /**
   * Statements the statement of the level above read along with its own rows (apiCoverage: the statements of each
   * row's relations), each key's list read through (at least) `projection`: `evidence` then answers them without a
   * statement of its own. `byKey` is EvidenceViews.rows's, of what was read through `readThrough` (`projection`
   * itself, or a projection reading more); a key missing from it has no statements.
   */
  primeEvidence(
    keys: readonly string[],
    projection: EvidenceProjection,
    byKey: EvidenceByKey,
    readThrough: EvidenceProjection = projection,
  ): void {
    for (const key of keys) {
      this.primedEvidence.set(projection.signature, key, byKey.get(readThrough.signature, key) ?? []);
    }
  }

  /**
   * An indicator's observations, all of them; with `evidence`, the evidence of those the caller keeps (`only`: its
   * year, kind and scope) is read in the same statement, through that projection, and Observation.evidence finds it
   * (primeEvidence).
   */
  observationsOf(
    indicatorId: string,
    evidence: EvidenceProjection | null,
    only: ObservationFilter = {},
  ): MaybePromise<ObservationRecord[]> {
    const key = { id: indicatorId, evidence, only };
    return this.primedObservations.get(observationKey(key)) ?? this.observations.load(key);
  }

  /**
   * What a page statement reads ahead of its indicators' observations (apiIndicatorPageAhead's `ahead`, fragment
   * observationsAhead), as Indicator.observations will ask for them: with the evidence of those `only` keeps, through
   * `evidence` (null: not asked).
   */
  observationsPageAhead(evidence: EvidenceProjection | null, only: ObservationFilter): PageAhead {
    const request = observationsAheadRequest(evidence, only);
    return {
      params: request.params,
      prime: (ahead, ids) => {
        const askers = evidence ? ids.map((id) => ({ id, evidence })) : [];
        const byId = this.primeObservationsAhead(ahead as Row | undefined, request, askers);
        for (const id of ids) {
          this.primedObservations.set(observationKey({ id, evidence, only }), byId.get(id) ?? []);
        }
      },
    };
  }

  /** Evidence quoted from a passage, by passage id. */
  passageEvidence(passageId: string, projection: EvidenceProjection): Promise<EvidenceRecord[]> {
    return this.evidenceInPassages.load({ key: passageId, projection });
  }

  /** The node of `id`, which the graph model says is a `typename`; throws when it is missing or of another type. */
  nodeAs<T extends NodeTypeName>(typename: T, id: string): MaybePromise<RecordOf<T>> {
    return andThen(this.maybeNodeAs(typename, id), (record) => {
      if (record === null) throw new Error(`${typename} ${id} is referenced in the graph but does not exist`);
      return record;
    });
  }

  /** Like nodeAs, but null for a null id or a missing node. */
  maybeNodeAs<T extends NodeTypeName>(typename: T, id: string | null): MaybePromise<RecordOf<T> | null> {
    if (id === null) return null;
    return andThen(this.nodeOrLoad(id), (record) => {
      if (record === null) return null;
      if (record.__typename !== typename) throw new Error(`${id} is a ${record.__typename}, expected a ${typename}`);
      return record as RecordOf<T>;
    });
  }

  /** The node of `id` if it is a `typename`; null when it is missing or of another type (user-given ids). */
  findNodeAs<T extends NodeTypeName>(typename: T, id: string): MaybePromise<RecordOf<T> | null> {
    return andThen(this.nodeOrLoad(id), (record) =>
      record !== null && record.__typename === typename ? (record as RecordOf<T>) : null,
    );
  }

  /** A node read ahead, else loaded. */
  private nodeOrLoad(id: string): MaybePromise<NodeRecord | null> {
    return this.primedNodes.get(id) ?? this.node.load(id);
  }

  // Private: a loader whose batch function sees each key once, and the batch functions (one statement each).

  private loader<V>(batch: (keys: readonly string[]) => Promise<V[]>): DataLoader<string, V> {
    return this.keyed(batch, (key) => key);
  }

  /** A loader whose batch function sees each key once; `name` says when two keys are the same. */
  private keyed<K, V>(batch: (keys: readonly K[]) => Promise<V[]>, name: (key: K) => string): DataLoader<K, V, string> {
    return new DataLoader<K, V, string>(async (keys) => {
      const unique = [...new Map(keys.map((key) => [name(key), key])).values()];
      const values = await batch(unique);
      const byName = new Map(unique.map((key, i) => [name(key), values[i]!]));
      return keys.map((key) => byName.get(name(key))!);
    }, this.options);
  }

  private async loadNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    const rows = await this.read('apiNodesById', { ids });
    const byId = new Map<string, NodeRecord>();
    for (const row of rows) {
      byId.set(row.id as string, toNodeRecord(row.labels as string[], row.props as Row, row.context));
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One statement for every key of the wave, each read through its own projection (one row: EvidenceViews). */
  private async loadEvidence(
    statement: string,
    keys: readonly EvidenceKey[],
    keyIsAbout: boolean,
  ): Promise<EvidenceRecord[][]> {
    const views = new EvidenceViews(keyIsAbout);
    const sent = views.keys(keys);
    const [row] = await this.read(statement, { keys: sent, ...views.params() });
    const byKey = views.rows(row, sent);
    return keys.map((key) => byKey.get(key.projection.signature, key.key) ?? []);
  }

  /**
   * One statement for every node of the wave in one direction, with the types asked of each, reading the union of
   * the projections; with what the keys read ahead for the next level (apiRelationsOutAhead …) when any does.
   */
  private async loadRelations(direction: Direction, keys: readonly RelationKey[]): Promise<RelationRecord[][]> {
    const { nodeProps, fields: relationFields } = unionOfRelation(keys.map((key) => key.projection));
    // One key per node, with every type asked of it: each node is expanded once.
    const typesById = new Map<string, Set<RelationType>>();
    for (const key of keys) typesById.set(key.id, (typesById.get(key.id) ?? new Set()).add(key.type));
    const params = {
      keys: [...typesById].map(([id, types]) => ({ id, types: [...types] })),
      nodeProps,
      relationFields,
    };
    const byPair = new ListsByPair<RelationRecord>();
    const add = (relation: RelationRecord, id: string) => byPair.add(relation.type, id, relation);
    if (keys.every((key) => key.ahead === NO_LOOK_AHEAD)) {
      const rows = await this.read(direction === 'OUT' ? 'apiRelationsOut' : 'apiRelationsIn', params);
      for (const row of rows) add(toRelation(row, direction, nodeProps), row.id as string);
    } else {
      await this.loadRelationsAhead(direction, keys, params, add);
    }
    return keys.map((key) => byPair.get(key.type, key.id) ?? []);
  }

  /** loadRelations with the next level read ahead and primed: the far nodes' relations and refs, the statements. */
  private async loadRelationsAhead(
    direction: Direction,
    keys: readonly RelationKey[],
    params: { keys: unknown[]; nodeProps: string[] },
    add: (relation: RelationRecord, id: string) => void,
  ): Promise<void> {
    const request = readAheadRequest(keys);
    const [row] = await this.read(direction === 'OUT' ? 'apiRelationsOutAhead' : 'apiRelationsInAhead', {
      ...params,
      ...request.params,
    });
    this.primeRelationsAhead(direction, keys, params.nodeProps, request, row, add);
  }

  /**
   * What a page statement reads ahead of its nodes' outgoing relations (apiProgrammePageAhead's `ahead`, fragment
   * relationsAhead), for the relation `fields` its nodes resolve: the parameters to send it, and `prime`, which hands
   * what it read to the loaders as `relations` would have read it. Null for no fields: nothing to read ahead.
   */
  pageAhead(fields: readonly PageRelationField[]): PageAhead | null {
    if (fields.length === 0) return null;
    const request = readAheadRequest(fields.map((field) => ({ id: '', ...field })));
    const { nodeProps, fields: relationFields } = unionOfRelation(fields.map((field) => field.projection));
    return {
      params: { types: [...new Set(fields.map((field) => field.type))], nodeProps, relationFields, ...request.params },
      prime: (ahead, ids) => {
        const keys = ids.flatMap((id) => fields.map((field) => ({ id, ...field })));
        const byPair = new ListsByPair<RelationRecord>();
        const add = (relation: RelationRecord, id: string) => byPair.add(relation.type, id, relation);
        this.primeRelationsAhead('OUT', keys, nodeProps, request, ahead as Row | undefined, add);
        for (const field of fields) {
          const group = primedRelationGroup('OUT', field.type, field.projection);
          for (const id of ids) this.primedRelations.set(group, id, byPair.get(field.type, id) ?? []);
        }
      },
    };
  }

  /** Hands fragment relationsAhead's `ahead` over: the level's relations to `add`, the next level to the primed maps. */
  private primeRelationsAhead(
    direction: Direction,
    keys: readonly RelationKey[],
    nodeProps: readonly string[],
    { next, nextProps, views, statementsOf, statementViews }: ReadAheadRequest,
    row: Row | undefined,
    add: (relation: RelationRecord, id: string) => void,
  ): void {
    const farNodes = nodesById((row?.nodes ?? []) as NodeRow[], nodeProps);
    // The relation keys read from each (type, node), for the statements the keys asked for; and the keys the
    // statement read statements of, in its order (fragment relationsAhead's `idKeys`): each relation of a type with a
    // view, through that view.
    const keysByPair = new ListsByPair<string>();
    const statementKeys: [string, number][] = [];
    for (const [id, relations] of (row?.rows ?? []) as [string, AheadRow[]][]) {
      for (const [type, fields, farId] of relations) {
        const relation = relationTo(id, type, fields, nodeIn(farNodes, farId), direction);
        add(relation, id);
        keysByPair.add(type, id, relation.key);
        const view = statementViews[type];
        if (view !== undefined) statementKeys.push([relation.key, view]);
      }
    }
    const nextNodes = nodesById((row?.nextNodes ?? []) as NodeRow[], nextProps);
    const nextGroups = next.map((n) => primedRelationGroup(n.direction, n.type, n.projection));
    for (const [farId, nextRows] of (row?.next ?? []) as [string, NextRow[]][]) {
      const found = new ListsByPair<RelationRecord>();
      for (const [d, t, f, nextId] of nextRows) found.add(d, t, relationTo(farId, t, f, nodeIn(nextNodes, nextId), d));
      next.forEach((n, i) => this.primedRelations.set(nextGroups[i]!, farId, found.get(n.direction, n.type) ?? []));
    }
    for (const [refId, refLabels, refProps] of (row?.refs ?? []) as [string, string[], Row][]) {
      if (!refLabels.includes('Evidence')) this.primedNodes.set(refId, toNodeRecord(refLabels, refProps));
    }
    const statements = views.rows(row, statementKeys);
    for (const key of keys) {
      const readThrough = statementsOf.get(key.type);
      if (key.ahead.statements && readThrough) {
        const relations = keysByPair.get(key.type, key.id) ?? [];
        this.primeEvidence(relations, key.ahead.statements, statements, readThrough);
      }
    }
  }

  /** Rows of `{id, entities}`: a list of one entity type per key, in the statement's order. */
  private async loadEntityLists<T extends 'AdministrativeArea' | 'Institution'>(
    statement: string,
    typename: T,
    ids: readonly string[],
  ): Promise<RecordOf<T>[][]> {
    const rows = await this.read(statement, { ids });
    const byId = new Map<string, RecordOf<T>[]>();
    for (const row of rows) {
      byId.set(
        row.id as string,
        (row.entities as Row[]).map((props) => toEntity(typename, props) as RecordOf<T>),
      );
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  /**
   * The observations of every indicator of the wave in one statement; when any key asks for their evidence, with it
   * (apiIndicatorObservationsAhead, reading the union of the keys' projections), primed for Observation.evidence.
   */
  private async loadObservations(keys: readonly ObservationKey[]): Promise<ObservationRecord[][]> {
    const ids = [...new Set(keys.map((key) => key.id))];
    const askers = keys.flatMap((key) => (key.evidence ? [{ ...key, evidence: key.evidence }] : []));
    // Only the observations every key keeps, when they keep the same ones; else all of them (each resolver filters).
    const only: ObservationFilter = new Set(keys.map((key) => filterKey(key.only))).size === 1 ? keys[0]!.only : {};
    const request = observationsAheadRequest(
      askers.length > 0 ? unionOfEvidence(askers.map((a) => a.evidence)) : null,
      only,
    );
    const [row] = await this.read('apiIndicatorObservationsAhead', { ids, ...request.params });
    const byId = this.primeObservationsAhead(row, request, askers);
    return keys.map((key) => byId.get(key.id) ?? []);
  }

  /**
   * Reads fragment observationsAhead's `ahead`: the observations by indicator id, and the evidence of those the
   * request's filter keeps, primed for Observation.evidence as each asker (an indicator and the projection its
   * field selects) will ask for it.
   */
  private primeObservationsAhead(
    row: Row | undefined,
    { evidence, only, views, view }: ObservationsAheadRequest,
    askers: readonly { id: string; evidence: EvidenceProjection }[],
  ): Map<string, ObservationRecord[]> {
    const byId = new Map<string, ObservationRecord[]>();
    // The statement read the evidence of each observation it sent, in its order, through the one view.
    const statementKeys: [string, number][] = [];
    for (const [id, values] of (row?.rows ?? []) as [string, unknown[]][]) {
      const observation = toObservation(Object.assign(zipProps(OBSERVATION_ROW_PROPS, values), { indicatorId: id }));
      append(byId, id, observation);
      if (view !== null) statementKeys.push([observation.id, view]);
    }
    if (!evidence) return byId;
    const statements = views.rows(row, statementKeys);
    for (const asker of askers) {
      const read = filterObservations(byId.get(asker.id) ?? [], only).map((o) => o.id);
      this.primeEvidence(read, asker.evidence, statements, evidence);
    }
    return byId;
  }

  /** One MENTIONS relationship holds every occurrence in its passage; each becomes a MentionRecord. */
  private async loadMentions(ids: readonly string[]): Promise<MentionRecord[][]> {
    const rows = await this.read('apiPassageMentions', { ids });
    const byId = new Map<string, MentionRecord[]>();
    for (const row of rows) {
      const entity = toNodeRecord(row.labels as string[], row.entity as Row) as EntityRecord;
      const passage = toPassage(row.passage as Row);
      const props = row.props as Row;
      const ends = props.endOffsets as number[];
      const surfaces = props.surfaces as string[];
      const list = byId.get(row.id as string) ?? [];
      (props.startOffsets as number[]).forEach((startOffset, i) =>
        list.push({ entity, passage, surface: surfaces[i] ?? '', startOffset, endOffset: ends[i] ?? startOffset }),
      );
      byId.set(row.id as string, list);
    }
    return ids.map((id) => (byId.get(id) ?? []).sort((a, b) => a.startOffset - b.startOffset));
  }

  /** One CITES relationship holds every 《…》 occurrence in its passage; each becomes a CitationRecord. */
  private async loadCitations(statement: string, ids: readonly string[]): Promise<CitationRecord[][]> {
    const rows = await this.read(statement, { ids });
    const byId = new Map<string, CitationRecord[]>();
    for (const row of rows) {
      const policy = toEntity('Policy', row.policy as Row) as PolicyRecord;
      const passage = toPassage(row.passage as Row);
      const document = toDocument(row.document as Row);
      const props = row.props as Row;
      const ends = props.endOffsets as number[];
      const titles = props.titles as string[];
      const list = byId.get(row.id as string) ?? [];
      (props.startOffsets as number[]).forEach((startOffset, i) =>
        list.push({
          policy,
          passage,
          document,
          title: titles[i] ?? policy.title,
          startOffset,
          endOffset: ends[i] ?? startOffset,
        }),
      );
      byId.set(row.id as string, list);
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  /** Keys asking for the same page (first, after) share one statement; a query rarely asks for two. */
  private async loadPassagePages(keys: readonly PassagePageKey[]): Promise<Connection<PassageRecord>[]> {
    const groups = new Map<string, PassagePageKey[]>();
    for (const key of keys) {
      const name = JSON.stringify([key.request.first, key.request.after]);
      groups.set(name, [...(groups.get(name) ?? []), key]);
    }
    // All groups' statements start together, in the same wave.
    const pages = await Promise.all(
      [...groups.values()].map(async (group) => {
        const request = group[0]!.request;
        const rows = await this.read('apiPassagePages', {
          ids: [...new Set(group.map((key) => key.documentId))],
          after: ordinalAfter(request),
          limit: request.first + 1,
        });
        const byId = new Map(rows.map((row) => [row.id as string, row]));
        return group.map((key): [PassagePageKey, Connection<PassageRecord>] => {
          const row = byId.get(key.documentId);
          const passages = ((row?.passages as Row[] | undefined) ?? []).map(toPassage);
          const total = (row?.total as number | undefined) ?? 0;
          return [
            key,
            toConnection(
              passages,
              request,
              (p) => passageKey(p.documentId, p.ordinal),
              () => Promise.resolve(total),
            ),
          ];
        });
      }),
    );
    const byKey = new Map(pages.flat());
    return keys.map((key) => byKey.get(key)!);
  }
}

/** A relation field of a page's nodes, as its resolver will ask `relations` (Loaders.pageAhead). */
export interface PageRelationField {
  type: RelationType;
  projection: RelationProjection;
  ahead: RelationLookAhead;
}

/** A page statement's read-ahead: its parameters, and what hands its `ahead` to the loaders for the page's `ids`. */
export interface PageAhead {
  params: Params;
  prime: (ahead: unknown, ids: readonly string[]) => void;
}

/** What fragment relationsAhead is asked for the keys of one level, and how its answer is read back. */
interface ReadAheadRequest {
  params: Params;
  next: readonly NextRelations[];
  nextProps: string[];
  views: EvidenceViews;
  /** The statements of each relation type, read through one view: the union of what the keys of that type select. */
  statementsOf: Map<RelationType, EvidenceProjection>;
  /** That view's index, by relation type. */
  statementViews: Partial<Record<RelationType, number>>;
}

function readAheadRequest(keys: readonly RelationKey[]): ReadAheadRequest {
  const next = [...new Set(keys.flatMap((key) => key.ahead.next))];
  const { nodeProps: nextProps, fields: nextFields } = unionOfRelation(next.map((n) => n.projection));
  const views = new EvidenceViews(true);
  const statementsOf = new Map<RelationType, EvidenceProjection>();
  for (const type of new Set(keys.map((key) => key.type))) {
    const asked = keys.flatMap((key) => (key.type === type && key.ahead.statements ? [key.ahead.statements] : []));
    if (asked.length > 0) statementsOf.set(type, unionOfEvidence(asked));
  }
  const statementViews: Partial<Record<RelationType, number>> = Object.fromEntries(
    [...statementsOf].map(([type, p]) => [type, views.indexOf(p)]),
  );
  const typesOf = (d: Direction) => [...new Set(next.filter((n) => n.direction === d).map((n) => n.type))];
  const params = {
    nextOut: typesOf('OUT'),
    nextIn: typesOf('IN'),
    nextProps,
    nextFields,
    refs: [...new Set(keys.flatMap((key) => key.ahead.refs))],
    statementViews,
    ...views.params(),
  };
  return { params, next, nextProps, views, statementsOf, statementViews };
}

/** What fragment observationsAhead is asked: the evidence, through `evidence`, of the observations `only` keeps. */
interface ObservationsAheadRequest {
  params: Params;
  evidence: EvidenceProjection | null;
  only: ObservationFilter;
  views: EvidenceViews;
  /** The index of `evidence`'s view; null when not asked. */
  view: number | null;
}

function observationsAheadRequest(
  evidence: EvidenceProjection | null,
  only: ObservationFilter,
): ObservationsAheadRequest {
  const views = new EvidenceViews(true);
  const view = evidence ? views.indexOf(evidence) : null;
  const params = {
    year: only.year ?? null,
    kind: only.kind ?? null,
    scope: only.scope ?? null,
    view,
    observationProps: OBSERVATION_ROW_PROPS,
    ...views.params(),
  };
  return { params, evidence, only, views, view };
}

/** A relation of a node in fragment relationsAhead's `rows`: [type, fields, far node id]. */
type AheadRow = [RelationType, unknown[] | null, string];

/** A relation of a far node in fragment relationsAhead's `next`: its direction, type, fields and next node's id. */
type NextRow = [Direction, RelationType, unknown[] | null, string];

/** A node of fragment relationsAhead's `nodes` or `nextNodes`: [id, labels, values of the props but the id, node]. */
type NodeRow = [string, string[], unknown[] | null, Row | null];

/**
 * Each node of `rows` built once, by id: the relations reaching it share its record. An entity's values are those of
 * `props` but the id, which the row holds.
 */
function nodesById(rows: readonly NodeRow[], props: readonly string[]): Map<string, NodeRecord> {
  const withId = ['id', ...props.filter((prop) => prop !== 'id')];
  return new Map(
    rows.map(([id, labels, values, node]) => [id, toFarNode(labels, values && [id, ...values], node, withId)]),
  );
}

/** The node of `id` in `nodes`; the statement sends every node its relations reach, so a miss is a broken statement. */
function nodeIn(nodes: Map<string, NodeRecord>, id: string): NodeRecord {
  const node = nodes.get(id);
  if (!node) throw new Error(`fragment relationsAhead sent a relation to ${id} without the node`);
  return node;
}
