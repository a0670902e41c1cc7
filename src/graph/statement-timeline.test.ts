import { StatementTimeline } from './statement-timeline';
import { unstamp } from './stamped';

/** A statement the test answers when it likes: `answer` resolves it with rows (stamped with `release` if given). */
function pending() {
  let resolve!: (value: { rows: []; release?: { stamp: string } }) => void;
  const promise = new Promise<{ rows: []; release?: { stamp: string } }>((r) => (resolve = r));
  return {
    run: () => promise,
    answer: (release?: string) => resolve({ rows: [], release: release ? { stamp: release } : undefined }),
  };
}

describe('StatementTimeline.coveringReleases', () => {
  it('is the release of a stamped statement sent after every other statement was answered', async () => {
    const timeline = new StatementTimeline();
    const page = pending();
    const reading = timeline.record(page.run);
    page.answer();
    await reading;
    const ahead = pending();
    const last = timeline.record(ahead.run);
    expect(timeline.coveringReleases()).toBeNull(); // still running
    ahead.answer('A');
    await last;
    expect(timeline.coveringReleases()).toEqual([{ stamp: 'A' }]);
  });

  it('is every release read when stamped statements overlap: each covers its own reads', async () => {
    const timeline = new StatementTimeline();
    const [one, two] = [pending(), pending()];
    const both = [timeline.record(one.run), timeline.record(two.run)];
    two.answer('B');
    one.answer('A');
    await Promise.all(both);
    expect(timeline.coveringReleases()).toEqual([{ stamp: 'A' }, { stamp: 'B' }]);
  });

  it('is null when a plain statement overlapped the last stamped one, or came after it', async () => {
    const overlapped = new StatementTimeline();
    const plain = pending();
    const stamped = pending();
    const both = [overlapped.record(plain.run), overlapped.record(stamped.run)];
    stamped.answer('A');
    plain.answer();
    await Promise.all(both);
    expect(overlapped.coveringReleases()).toBeNull();

    const followed = new StatementTimeline();
    const first = pending();
    const second = pending();
    const one = followed.record(first.run);
    first.answer('A');
    await one;
    const two = followed.record(second.run);
    second.answer();
    await two;
    expect(followed.coveringReleases()).toBeNull();
  });

  it('is null without any statement, and counts a failed statement as answered but unstamped', async () => {
    expect(new StatementTimeline().coveringReleases()).toBeNull();
    const timeline = new StatementTimeline();
    await expect(timeline.record(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(timeline.coveringReleases()).toBeNull();
    const after = pending();
    const last = timeline.record(after.run);
    after.answer('A');
    await last;
    expect(timeline.coveringReleases()).toEqual([{ stamp: 'A' }]);
  });
});

describe('unstamp', () => {
  it("gives a stamped statement's answer as its one row, or no row for a null answer", () => {
    const release = { stamp: 'v@t', writing: false, since: null };
    expect(unstamp([{ answer: { rows: [1] }, release }])).toEqual({ rows: [{ rows: [1] }], release });
    expect(unstamp([{ answer: null, release }])).toEqual({ rows: [], release });
  });

  it('passes the rows of a plain statement unchanged', () => {
    const rows = [{ id: 'a' }, { id: 'b' }];
    expect(unstamp(rows)).toEqual({ rows });
    expect(unstamp([{ answer: 1 }])).toEqual({ rows: [{ answer: 1 }] });
  });
});
