import {
  relationKey,
  type Evidence,
  type Flag,
  type IdPrefix,
  type Relation,
  type RelationType,
  type SourceRef,
} from '../model/facts';
import type { SeedProblems } from './seed-problems';

/** Allowed `from` type → `to` types of each relation a curator writes (seeds/README.md). */
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

/** Something whose field implies a relation, supported by the thing's own evidence (an area's `parent`). */
interface WithEvidence {
  id: string;
  evidence: Evidence[];
}

/**
 * The relations of a seeds folder, one per `from|TYPE|to` however often it is stated: each statement is kept,
 * with its own document, status and year, in the order read. Relations a curator wrote (in a quote's `serves:`
 * or a `relations:` entry) are checked against the allowed pairs once every id is known; relations implied by a
 * field (`parent`, `broader`, `issuer`, `area`, `measures`, `concept`) reuse their entity's evidence.
 */
export class RelationSet {
  private readonly relations = new Map<string, Relation>();
  private readonly writtenAt: Array<{ key: string; from: string; type: RelationType; to: string; source: SourceRef }> =
    [];

  constructor(private readonly problems: SeedProblems) {}

  /** `writtenAt`: where a curator wrote it; null for a relation implied by a field or derived by the ingest. */
  add(
    from: string,
    type: RelationType,
    to: string,
    statements: Evidence[],
    flags: Flag[],
    writtenAt: SourceRef | null,
  ): void {
    const key = relationKey(from, type, to);
    const existing = this.relations.get(key);
    if (existing) {
      existing.statements.push(...statements);
      existing.flags.push(...flags);
    } else {
      this.relations.set(key, { key, from, type, to, statements: [...statements], flags: [...flags] });
    }
    if (writtenAt) this.writtenAt.push({ key, from, type, to, source: writtenAt });
  }

  /** A relation implied by an entity's field, stated by the entity's own evidence. */
  implied(entity: WithEvidence, type: RelationType, to: string | null): void {
    if (to !== null && entity.id !== '') this.add(entity.id, type, to, entity.evidence, [], null);
  }

  all(): Relation[] {
    return [...this.relations.values()];
  }

  /** The relations curators wrote, each once. */
  written(): Relation[] {
    const keys = new Set(this.writtenAt.map((w) => w.key));
    return this.all().filter((r) => keys.has(r.key));
  }

  /** Each written relation's pair of types must be allowed for its type. */
  checkPairs(): void {
    for (const r of this.writtenAt) {
      const fromType = this.problems.defined.get(r.from)?.type;
      const toType = this.problems.defined.get(r.to)?.type;
      if (fromType === undefined || toType === undefined) continue; // already reported as unknown
      const allowed = ALLOWED_RELATIONS[r.type][fromType];
      if (!allowed || !allowed.includes(toType)) {
        const pairs = Object.entries(ALLOWED_RELATIONS[r.type])
          .map(([f, ts]) => `${f} ${r.type} ${ts.join('|')}`)
          .join(', ');
        this.problems.problem(
          r.source.file,
          r.source.line,
          `relation ${r.key}: ${fromType} ${r.type} ${toType} is not allowed (allowed: ${pairs})`,
        );
      }
    }
  }

  /** Area parents and BROADER (target groups, programmes) must not loop, however they were written. */
  checkCycles(sourceOf: (id: string) => SourceRef | null): void {
    const edges = new Map<string, string[]>();
    for (const r of this.relations.values()) {
      const hierarchical = r.type === 'BROADER' || (r.type === 'PART_OF' && r.from.startsWith('AdministrativeArea:'));
      if (hierarchical) edges.set(r.from, [...(edges.get(r.from) ?? []), r.to]);
    }
    const state = new Map<string, 'open' | 'done'>();
    const reported = new Set<string>();
    const visit = (id: string, stack: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') {
        const cycle = stack.slice(stack.indexOf(id));
        const name = [...cycle].sort().join(',');
        if (!reported.has(name)) {
          reported.add(name);
          const at =
            sourceOf(id) ??
            this.relations.get([...this.relations.keys()].find((k) => k.startsWith(`${id}|`)) ?? '')?.statements[0]
              ?.source;
          const field = id.startsWith('AdministrativeArea:') ? 'parent' : 'broader';
          this.problems.problem(at?.file ?? '', at?.line ?? 0, `cycle in \`${field}\`: ${[...cycle, id].join(' → ')}`);
        }
        return;
      }
      state.set(id, 'open');
      for (const next of edges.get(id) ?? []) visit(next, [...stack, id]);
      state.set(id, 'done');
    };
    for (const id of edges.keys()) visit(id, []);
  }
}
