import { EvidenceViews } from './evidence-views';
import { evidenceProjection, PASSAGE_CONTEXT_PROPS } from './projection';

const statusOnly = evidenceProjection(new Set(['status']));
const cited = evidenceProjection(new Set(['quote', 'citation']));

/** An evidence row's values for `props`, from one statement's stored properties. */
function valuesOf(props: string[], stored: Record<string, unknown>): unknown[] {
  return props.map((prop) => stored[prop] ?? null);
}

const STATEMENT = {
  id: 'Evidence:1',
  documentId: 'Document:d',
  passageId: 'Passage:d:0001',
  startOffset: 3,
  endOffset: 9,
  startLine: 1,
  endLine: 2,
  quote: '长者食堂',
  status: 'ONGOING',
};
const PASSAGE = {
  ordinal: 1,
  sectionPath: ['一、总体要求'],
  kind: 'PARAGRAPH',
  startOffset: 0,
  endOffset: 40,
  startLine: 1,
  endLine: 3,
};

describe('EvidenceViews', () => {
  it('sends each key once per view, and a view per distinct projection', () => {
    const views = new EvidenceViews(true);
    const keys = views.keys([
      { key: 'a|SERVES|b', projection: cited },
      { key: 'a|SERVES|b', projection: cited },
      { key: 'a|PART_OF|t', projection: statusOnly },
      { key: 'a|SERVES|b', projection: statusOnly },
    ]);
    expect(keys).toEqual([
      ['a|SERVES|b', 0],
      ['a|PART_OF|t', 1],
      ['a|SERVES|b', 1],
    ]);
    const { evidenceViews, document } = views.params();
    // Keyed by about: the about is not read again; only the cited view reads the passage and the document.
    expect(evidenceViews[0]).toEqual([expect.arrayContaining(['quote', 'passageId']), true]);
    expect(evidenceViews[1]![0]).not.toContain('quote');
    expect(evidenceViews[1]![1]).toBe(false);
    expect(evidenceViews.flatMap(([props]) => props)).not.toContain('about');
    expect(document).toBe(true);
  });

  it("reads each key's statements through its own view, found by the view's signature and the key", () => {
    const views = new EvidenceViews(true);
    const [citedView, statusView] = [views.indexOf(cited), views.indexOf(statusOnly)];
    const { evidenceViews } = views.params();
    const citedProps = evidenceViews[citedView]![0];
    const statusProps = evidenceViews[statusView]![0];
    const row = {
      byKey: [
        [[valuesOf(citedProps, STATEMENT), valuesOf(PASSAGE_CONTEXT_PROPS, PASSAGE)]],
        [[valuesOf(statusProps, STATEMENT), null]],
      ],
      documents: [
        [{ id: 'Document:d', title: '规划', year: 2022, kind: 'PLAN', file: 'd.txt', checksum: 'c' }, '江门市民政局'],
      ],
    };
    const byKey = views.rows(row, [
      ['a|SERVES|b', citedView],
      ['a|PART_OF|t', statusView],
    ]);
    const [served] = byKey.get(cited.signature, 'a|SERVES|b')!;
    expect(served).toMatchObject({ about: 'a|SERVES|b', quote: '长者食堂', passageId: 'Passage:d:0001' });
    expect(served!.passage).toMatchObject({ id: 'Passage:d:0001', sectionPath: ['一、总体要求'] });
    expect(served!.citation).toContain('江门市民政局');
    const [partOf] = byKey.get(statusOnly.signature, 'a|PART_OF|t')!;
    expect(partOf).toMatchObject({ about: 'a|PART_OF|t', status: 'ONGOING', quote: '', passage: null });
    expect(byKey.get(cited.signature, 'a|PART_OF|t')).toBeUndefined();
  });

  it('refuses a key naming a view it did not send, and an answer for other keys than it sent', () => {
    expect(() => new EvidenceViews(true).rows({ byKey: [[]] }, [['k', 3]])).toThrow('unknown view 3');
    const views = new EvidenceViews(true);
    const view = views.indexOf(cited);
    expect(() =>
      views.rows({ byKey: [[]] }, [
        ['k', view],
        ['l', view],
      ]),
    ).toThrow('answered 1 keys of the 2');
  });
});
