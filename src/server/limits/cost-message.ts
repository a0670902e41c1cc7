import type { CostlyField } from './query-cost';

/**
 * The message of a refusal for MAX_QUERY_COST: the cost, the costliest branch of the query with each list's size
 * and where that size comes from, and what the client can lower (issue 11.1). For example:
 *
 *   query cost 642402 exceeds MAX_QUERY_COST 50000. Costliest branch (612360): targetGroups ×20 (DEFAULT_PAGE_SIZE)
 *   › targetGroups.edges.node.programmes ×42 (measured: (:TargetGroup)<-[:SERVES]-) › … To lower it, pass a
 *   smaller `first` to targetGroups, or select less under targetGroups.edges.node.programmes.
 */
export function costMessage(cost: number, max: number, costliest: CostlyField[]): string {
  const head = `query cost ${formatCost(cost)} exceeds MAX_QUERY_COST ${max}`;
  if (costliest.length === 0) return `${head}: ask for fewer fields.`;
  const branch = costliest.map((field) => `${field.path} ×${field.size} (${field.sizedBy})`).join(' › ');
  return `${head}. Costliest branch (${formatCost(costliest[0]!.cost)}): ${branch}. ${advice(costliest)}`;
}

/** Infinity when fragments multiply past what a double holds; the exact figure does not matter then. */
export function formatCost(cost: number): string {
  return Number.isFinite(cost) ? String(cost) : 'more than 1e308';
}

function advice(costliest: CostlyField[]): string {
  const ways: string[] = [];
  // The outermost page: lowering it divides everything under it.
  const page = costliest.find((field) => field.takesFirst && field.size > 1);
  if (page) ways.push(`pass a smaller \`first\` to ${page.path}`);
  // The list without `first` that multiplies most: what is selected under it is repeated most.
  const list = costliest
    .filter((field) => !field.takesFirst && field.size > 1)
    .reduce<CostlyField | undefined>(
      (most, field) => (most === undefined || field.size > most.size ? field : most),
      undefined,
    );
  if (list) ways.push(`select less under ${list.path} (or ask for it in a separate query)`);
  return ways.length > 0 ? `To lower it, ${ways.join(', or ')}.` : 'Ask for fewer fields.';
}
