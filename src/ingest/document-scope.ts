import type { Document, Evidence, Programme, Relation } from '../model/facts';

/** A COVERS statement the ingest derives from a document's scope. */
export interface ImpliedScope {
  from: string;
  to: string;
  statement: Evidence;
}

/**
 * A programme that a city's or county's document speaks of, with no area stated for it in that document, is
 * that document's programme for its whole area: 001's 平安通 is a 江门市 programme, so it covers 台山市 too.
 * For each such (programme, document) pair this returns a COVERS statement to the document's area, marked
 * `impliedBy: DOCUMENT_SCOPE`. It points at the programme's first statement in that document (the passage that
 * names it), and its note names the document's title and issuer, which are what imply the scope.
 * A document that states any COVERS for the programme (a district, a town) gets nothing: it said where.
 */
export function impliedScopeStatements(
  documents: readonly Document[],
  programmes: readonly Programme[],
  relations: readonly Relation[],
): ImpliedScope[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const statementsFrom = new Map<string, Evidence[]>();
  const coveredIn = new Set<string>();
  for (const r of relations) {
    if (!r.from.startsWith('Programme:')) continue;
    const list = statementsFrom.get(r.from) ?? [];
    list.push(...r.statements);
    statementsFrom.set(r.from, list);
    if (r.type === 'COVERS') for (const s of r.statements) coveredIn.add(`${r.from}\u0000${s.documentId}`);
  }
  const implied: ImpliedScope[] = [];
  for (const programme of programmes) {
    const firstInDocument = new Map<string, Evidence>();
    for (const e of [...programme.evidence, ...(statementsFrom.get(programme.id) ?? [])])
      if (!e.impliedBy && !firstInDocument.has(e.documentId)) firstInDocument.set(e.documentId, e);
    for (const [documentId, first] of firstInDocument) {
      const document = byId.get(documentId);
      if (!document?.area || coveredIn.has(`${programme.id}\u0000${documentId}`)) continue;
      implied.push({
        from: programme.id,
        to: document.area,
        statement: {
          ...first,
          implicit: null,
          impliedBy: 'DOCUMENT_SCOPE',
          flags: [],
          note:
            `scope implied by the document: 《${document.title}》` +
            `${document.issuer ? ` (${document.issuer})` : ''} is about ${document.area} and states no narrower area for this programme`,
        },
      });
    }
  }
  return implied;
}
