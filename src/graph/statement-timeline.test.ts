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

describe('StatementTimeline.finalRelease', () => {
  it('is the release of a stamped statement sent after every other statement was answered', async () => {
    const timeline = new StatementTimeline();
    const page = pending();
    const reading = timeline.record(page.run);
    page.answer();
    await reading;
    const ahead = pending();
    const last = timeline.record(ahead.run);
    expect(timeline.finalRelease()).toBeNull(); // still running
    ahead.answer('A');
    await last;
    expect(timeline.finalRelease()).toEqual({ stamp: 'A' });
  });

  it('is null when the stamped statement overlapped another, or a plain statement came after it', async () => {
    const overlapped = new StatementTimeline();
    const plain = pending();
    const stamped = pending();
    const both = [overlapped.record(plain.run), overlapped.record(stamped.run)];
    stamped.answer('A');
    plain.answer();
    await Promise.all(both);
    expect(overlapped.finalRelease()).toBeNull();

    const followed = new StatementTimeline();
    const first = pending();
    const second = pending();
    const one = followed.record(first.run);
    first.answer('A');
    await one;
    const two = followed.record(second.run);
    second.answer();
    await two;
    expect(followed.finalRelease()).toBeNull();
  });

  it('is null without any statement, and counts a failed statement as answered but unstamped', async () => {
    expect(new StatementTimeline().finalRelease()).toBeNull();
    const timeline = new StatementTimeline();
    await expect(timeline.record(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    const after = pending();
    const last = timeline.record(after.run);
    after.answer('A');
    await last;
    expect(timeline.finalRelease()).toEqual({ stamp: 'A' });
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
