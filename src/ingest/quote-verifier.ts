import type { Document, Evidence, Passage } from '../model/facts';
import { QuoteLocator, passageAt } from './quote-locator';
import type { RawEvidence } from './seed-fields';
import type { SeedProblems } from './seed-problems';

/** A document of the folder: its text split into passages, and an index to find quotes in it. */
export interface LoadedDocument {
  document: Document;
  passages: Passage[];
  locator: QuoteLocator;
}

/**
 * Finds each quote in its document: the span, the lines and the passage holding its first character. A quote
 * not found is a problem at the line it was written; a quote found more than once is not (the first occurrence
 * outside the table of contents is used), but a warning says so.
 */
export class QuoteVerifier {
  readonly documents = new Map<string, LoadedDocument>();

  constructor(private readonly problems: SeedProblems) {}

  add(loaded: LoadedDocument): void {
    this.documents.set(loaded.document.id, loaded);
  }

  verify(raw: readonly RawEvidence[]): Evidence[] {
    return raw.map((e) => this.verifyOne(e)).filter((e): e is Evidence => e !== null);
  }

  verifyOne(e: RawEvidence): Evidence | null {
    const at = e.source;
    if (e.document === null) {
      this.problems.problem(
        at.file,
        at.line,
        'evidence has no document: set `document:` on the evidence or at the top of the file',
      );
      return null;
    }
    const loaded = this.documents.get(e.document);
    if (!loaded) {
      this.problems.problem(at.file, at.line, `evidence quotes unknown document ${e.document}`);
      return null;
    }
    const all = loaded.locator.locate(e.quote);
    if (all.length === 0) {
      this.problems.problem(
        at.file,
        at.line,
        `quote not found in ${e.document} (whitespace is ignored, punctuation is not): "${e.quote}"`,
      );
      return null;
    }
    // A heading quoted from 001 is also in its table of contents; the TOC copy is not the statement.
    const outsideToc = all.filter((s) => passageAt(loaded.passages, s.startOffset)?.kind !== 'TOC');
    const spans = outsideToc.length > 0 ? outsideToc : all;
    const first = spans[0]!;
    if (spans.length > 1) {
      this.problems.warn(
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
}
