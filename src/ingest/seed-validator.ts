import type { FactSet, Passage, SourceRef } from '../model/facts';
import { impliedScopeStatements } from './document-scope';
import { findMentions } from './mentions';
import { citedPolicies, extractCitations } from './policy-citations';
import { QuoteVerifier, type LoadedDocument } from './quote-verifier';
import { checkRelationQuotes } from './relation-quotes';
import { RelationSet } from './relation-set';
import type { SeedFiles } from './seed-files';
import { SeedProblems } from './seed-problems';
import { SeedReader } from './seed-reader';
import { sharedNames } from './shared-names';

export { SeedValidationError } from './seed-problems';

/**
 * Checks parsed seed files against the contract in seeds/README.md and builds the FactSet: passages for every
 * document, evidence verified against the texts, relations stated by quotes, written in `relations:` or implied
 * by fields, the scope of each document's programmes, citations and mentions.
 *
 * The work is split by job: SeedReader reads the files (field by field, each problem at its line),
 * QuoteVerifier finds every quote in its document, RelationSet keeps the relations and checks their pairs and
 * cycles, checkRelationQuotes proves each relation by its quotes; this module runs them in order and assembles
 * the result. Every problem of the folder is collected before one SeedValidationError is thrown.
 */
export function validateSeeds(seeds: SeedFiles): FactSet {
  const problems = new SeedProblems();
  const verifier = new QuoteVerifier(problems);
  const relations = new RelationSet(problems);
  const reader = new SeedReader(seeds, problems, verifier, relations);

  if (seeds.documents) reader.readDocuments(seeds.documents);
  else problems.problem('documents.yaml', 0, 'file not found: every seeds folder needs documents.yaml');
  for (const file of seeds.entityFiles) reader.readEntityFile(file);

  problems.checkReferences();
  reader.applyExtensions();
  reader.attachDetachedObservations();
  impliedRelations(reader, verifier, relations);
  relations.checkPairs();
  const sources = new Map<string, SourceRef | null>(reader.entities().map((e) => [e.id, e.source]));
  relations.checkCycles((id) => sources.get(id) ?? null);
  for (const p of checkRelationQuotes(relationQuoteInput(reader, verifier, relations)))
    problems.problem(p.file, p.line, p.message);
  problems.throwIfAny();
  return new Assembler(seeds, problems, verifier, relations, reader).factSet();
}

/** The relations entity fields imply: a document's issuer, an area's parent, an indicator's area … */
function impliedRelations(reader: SeedReader, verifier: QuoteVerifier, relations: RelationSet): void {
  for (const { document } of verifier.documents.values()) relations.implied(document, 'ISSUED_BY', document.issuer);
  for (const a of reader.areas) relations.implied(a, 'PART_OF', a.parent);
  for (const g of reader.targetGroups) for (const b of g.broader) relations.implied(g, 'BROADER', b);
  for (const p of reader.policies) relations.implied(p, 'ISSUED_BY', p.issuer);
  for (const i of reader.indicators) {
    relations.implied(i, 'FOR_AREA', i.area);
    for (const m of i.measures) relations.implied(i, 'MEASURES', m);
    relations.implied(i, 'OF_CONCEPT', i.concept);
  }
}

/** What the relation-quote check needs: every written relation, the names of its ends, the passages. */
function relationQuoteInput(
  reader: SeedReader,
  verifier: QuoteVerifier,
  relations: RelationSet,
): Parameters<typeof checkRelationQuotes>[0] {
  const names = new Map<string, string[]>(reader.entities().map((e) => [e.id, [e.name, ...e.aliases]]));
  const passages = new Map<string, Passage>();
  const areaOfDocument = new Map<string, string | null>();
  for (const d of verifier.documents.values()) {
    for (const p of d.passages) passages.set(p.id, p);
    areaOfDocument.set(d.document.id, d.document.area);
  }
  return {
    relations: relations.written(),
    names,
    passages,
    areaOfDocument,
    levels: new Map(reader.areas.map((a) => [a.id, a.level])),
    texts: new Map([...verifier.documents.values()].map((d) => [d.document.id, d.document.text])),
  };
}

/** Turns what was read and verified into the FactSet, adding what the ingest derives: scope, citations, mentions. */
class Assembler {
  constructor(
    private readonly seeds: SeedFiles,
    private readonly problems: SeedProblems,
    private readonly verifier: QuoteVerifier,
    private readonly relations: RelationSet,
    private readonly reader: SeedReader,
  ) {}

  factSet(): FactSet {
    const tablesWithAttributes = new Set(
      this.reader.indicators.filter((i) => i.attribute !== null).map((i) => i.table?.name),
    );
    for (const entry of this.reader.unflaggedNullAttributes) if (tablesWithAttributes.has(entry.table)) entry.warn();
    const loaded = [...this.verifier.documents.values()];
    const passages = loaded.flatMap((d) => d.passages);
    const texts = new Map(loaded.map((d) => [d.document.id, d.document.text]));
    const citations = extractCitations(passages, texts, this.reader.policies);
    const documentsWithin = this.documentsWithinArea(loaded);
    for (const implied of impliedScopeStatements(
      loaded.map((d) => d.document),
      this.reader.programmes,
      this.relations.all(),
    ))
      this.relations.add(implied.from, 'COVERS', implied.to, [implied.statement], [], null);
    // Indicators are left out: each area's and each table's series of one measure rightly shares its name.
    for (const shared of sharedNames(this.reader.entities().filter((e) => e.type !== 'Indicator')))
      this.problems.warn(
        `the same name “${shared.name}” is given to ${shared.ids.join(' and ')}: one thing should be one node (merge them: tools/merge-entities.ts; or say they only share a word: distinctFrom)`,
      );
    const mentionable = [
      ...this.reader.themes,
      ...this.reader.programmes,
      ...this.reader.targetGroups,
      ...this.reader.areas,
      ...this.reader.institutions.map((i) => ({ ...i, aliasDocuments: documentsWithin(i.area) })),
    ];
    return {
      version: this.seeds.version,
      documents: loaded.map((d) => d.document),
      passages,
      entities: {
        Theme: this.reader.themes,
        Programme: this.reader.programmes,
        TargetGroup: this.reader.targetGroups,
        AdministrativeArea: this.reader.areas,
        Institution: this.reader.institutions,
        Policy: [...this.reader.policies, ...citedPolicies(citations, this.reader.policies)],
        IndicatorConcept: this.reader.concepts,
      },
      indicators: this.reader.indicators,
      relations: this.relations.all(),
      citations,
      mentions: findMentions(passages, mentionable, texts),
      warnings: this.problems.warnings,
    };
  }

  /**
   * For an area id, the documents about that area or a place inside it: where an institution of that area is
   * meant by its short, relative aliases (市政府 in a 江门 document is 江门市人民政府, in a 中山 one it is not).
   * Undefined (aliases apply everywhere) for an institution with no area. Each document's chain of areas is
   * computed once, not once per institution.
   */
  private documentsWithinArea(loaded: LoadedDocument[]): (areaId: string | null) => Set<string> | undefined {
    const parents = new Map(this.reader.areas.map((a) => [a.id, a.parent]));
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
}
