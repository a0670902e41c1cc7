import { costMessage } from './cost-message';

describe('costMessage', () => {
  it('names the cost, the costliest branch with its sizes, and what to lower', () => {
    expect(
      costMessage(642402, 50000, [
        { path: 'targetGroups', size: 20, sizedBy: 'DEFAULT_PAGE_SIZE', takesFirst: true, cost: 642401 },
        {
          path: 'targetGroups.edges.node.programmes',
          size: 42,
          sizedBy: 'p99 of (:TargetGroup)<-[:SERVES]-',
          takesFirst: false,
          cost: 612360,
        },
        {
          path: 'targetGroups.edges.node.programmes.statements',
          size: 1,
          sizedBy: 'mean of statements per relation',
          takesFirst: false,
          cost: 2000,
        },
      ]),
    ).toBe(
      'query cost 642402 exceeds MAX_QUERY_COST 50000. Costliest branch (642401): targetGroups ×20 (DEFAULT_PAGE_SIZE) ' +
        '› targetGroups.edges.node.programmes ×42 (p99 of (:TargetGroup)<-[:SERVES]-) ' +
        '› targetGroups.edges.node.programmes.statements ×1 (mean of statements per relation). ' +
        'To lower it, pass a smaller `first` to targetGroups, or select less under targetGroups.edges.node.programmes ' +
        '(or ask for it in a separate query).',
    );
  });

  it('says "fewer fields" when no list is to blame (introspection, many root fields)', () => {
    expect(costMessage(60000, 50000, [])).toBe('query cost 60000 exceeds MAX_QUERY_COST 50000: ask for fewer fields.');
  });

  it('does not print Infinity when fragments multiply past a double', () => {
    expect(costMessage(Infinity, 50000, [])).toMatch(/^query cost more than 1e308 exceeds/);
  });
});
