import type { Row } from './graph';
import { PASSAGE_CONTEXT_PROPS, zipProps, type EvidenceProjection } from './projection';
import { ListsByPair } from './lists-by-pair';
import { buildEvidence, toDocument, toPassage, type DocumentRecord, type EvidenceRecord } from './records';

/** Where a statement's evidence is found: an `about` (node id or relation key) or a passage id, with a projection. */
export const evidenceKey = (key: string, projection: EvidenceProjection) => `${key}|${projection.signature}`;

/** Statements by the signature of the projection they were read through, then by key (`get(signature, key)`). */
export type EvidenceByKey = ListsByPair<EvidenceRecord>;

/**
 * The projections one statement reads its evidence through, each a view: a statement that reads the statements of
 * several relation types, or a loader's wave of keys asked for by several fields, reads each key through its own
 * projection (the quotes of the relations that select them, the passages of those that cite them), not through the
 * union of all of them. A key is sent as [key, view index] (fragment evidenceAbout, cypher/api-nodes.cypher).
 */
export class EvidenceViews {
  private readonly projections: EvidenceProjection[] = [];

  /** `keyIsAbout`: every statement of a key has that key as its about, which is then not read again for each. */
  constructor(private readonly keyIsAbout: boolean) {}

  /** The index of `projection`'s view, added on first use. */
  indexOf(projection: EvidenceProjection): number {
    const index = this.projections.indexOf(projection);
    return index >= 0 ? index : this.projections.push(projection) - 1;
  }

  /** The keys to send, each once per view: [key, view index]. */
  keys(keys: readonly { key: string; projection: EvidenceProjection }[]): [string, number][] {
    const sent = new Map<string, [string, number]>();
    for (const { key, projection } of keys) {
      const view = this.indexOf(projection);
      sent.set(`${key}|${view}`, [key, view]);
    }
    return [...sent.values()];
  }

  /** The statement's parameters: `evidenceViews` as [evidence props, read the passage], `passageProps`, `document`. */
  params(): { evidenceViews: [string[], boolean][]; passageProps: string[]; document: boolean } {
    return {
      evidenceViews: this.projections.map((projection) => [this.propsOf(projection), projection.passage]),
      passageProps: PASSAGE_CONTEXT_PROPS,
      document: this.projections.some((projection) => projection.document),
    };
  }

  /**
   * The statements of each of `keys` (the [key, view] pairs the statement was sent or built, in its order) in a row
   * of fragment evidenceAbout (`byKey`: [[evidence values, passage values]] for each key, in that order, and each
   * quoted document once), by the signature of the view's projection and the key.
   */
  rows(row: Row | undefined, keys: readonly (readonly [string, number])[]): EvidenceByKey {
    const documents = new Map<string, { document: DocumentRecord; issuer: string | null }>();
    for (const [props, issuer] of (row?.documents ?? []) as [Row, string | null][]) {
      documents.set(props.id as string, { document: toDocument(props), issuer });
    }
    const lists = (row?.byKey ?? []) as [unknown[], unknown[] | null][][];
    if (lists.length !== keys.length) {
      throw new Error(`fragment evidenceAbout answered ${lists.length} keys of the ${keys.length} it was given`);
    }
    const byKey: EvidenceByKey = new ListsByPair();
    keys.forEach(([key, view], i) => {
      const projection = this.projections[view];
      if (projection === undefined) throw new Error(`evidence of ${key} was asked through an unknown view ${view}`);
      const props = this.propsOf(projection);
      byKey.set(
        projection.signature,
        key,
        lists[i]!.map(([values, passageValues]) => {
          const evidence = zipProps(props, values);
          if (this.keyIsAbout) evidence.about = key;
          const passage = passageValues
            ? toPassage(
                // Not `{ ...row, id, documentId }`: a spread followed by properties is V8's slow path (records.ts).
                Object.assign(zipProps(PASSAGE_CONTEXT_PROPS, passageValues), {
                  id: evidence.passageId,
                  documentId: evidence.documentId,
                }),
              )
            : null;
          // Only a view that selects the document or the citation gets it: a citation is built for every statement
          // given one, and the documents of a row serve all its views.
          const document = projection.document ? documents.get(evidence.documentId as string) : undefined;
          return buildEvidence(evidence, passage, document?.document ?? null, document?.issuer ?? null);
        }),
      );
    });
    return byKey;
  }

  private propsOf(projection: EvidenceProjection): string[] {
    return this.keyIsAbout ? projection.evidenceProps.filter((p) => p !== 'about') : projection.evidenceProps;
  }
}
