/**
 * Requests the server sends itself after it listens (App.warmUp), besides the README's examples. Neo4j keys a cached
 * plan by the statement's text and its parameters' types, so a statement planned with null parameters
 * (src/graph/warm-up.ts) is planned again the first time a filter sends a list of ids: measured with
 * `npm run bench:first-request`, `programmes(filter: {area: "新会区", includeSubAreas: false})` stayed 19× slower the
 * first time with only the null warm-up. These requests send the typed parameters the filters, coverage, search and
 * comparison send, so their plans are in the cache before the first user asks. (Each combination of null and typed
 * parameters is a plan of its own: these are the common ones, not all.)
 */
export const warmUpQueries: readonly string[] = [
  `{ programmes(filter: { area: "新会区", includeSubAreas: false }) { totalCount edges { node { name } } } }`,
  `{ programmes(filter: { area: "新会区", targetGroup: "老年人", theme: "大养老服务" }) { totalCount edges { node { name } } } }`,
  `{ programmes(filter: { text: "食堂", programme: "长者食堂" }) { totalCount } }`,
  `{ programmes(filter: { institution: "郁南县民政局", status: PLANNED }) { totalCount } }`,
  `{ coverage(area: "郁南县", targetGroup: "老年人") { via programme { name } targetGroup { name } area { name } } }`,
  `{ targetGroups(filter: { within: "困难群众", text: "儿童" }) { totalCount edges { node { name } } } }`,
  `{ areas(filter: { within: "江门市", level: TOWN }) { totalCount edges { node { name institutions { name } } } } }`,
  `{ indicators(filter: { area: "江门市", text: "床位" }) { totalCount edges { node { name observations { value } } } } }`,
  `{ search(text: "17280元", first: 5) { type snippet } }`,
  `{ search(text: "孤儿安置", first: 5, filter: { passageKinds: [PARAGRAPH] }) { type snippet } }`,
  `{ compare(concept: "城乡低保标准") { area { name } points { year value } } }`,
];
