import type { GraphQLResolveInfo } from 'graphql';
import type { QueryResolvers } from '../../generated/graphql';
import { BadUserInputError } from '../../errors';
import { pageRequest, type PageRequest } from '../../graph/pagination';
import { ALL, entityProjection, evidenceProjection, pointProjection, unionOf } from '../../graph/projection';
import { listDocuments } from '../../graph/repositories/documents';
import { listProgrammes, programmeCoverage } from '../../graph/repositories/programmes';
import { compareConcept, listIndicatorConcepts } from '../../graph/repositories/indicator-concepts';
import { currentRelease } from '../../graph/repositories/release';
import { search } from '../../graph/repositories/search';
import type { Context } from '../context';
import { pageObservations, pageRelationFields, statementsAhead } from '../look-ahead';
import { selectedFields } from '../selection';
import { selection } from './shared';
import { findArea, listAreas, listEntities, listIndicators, listTargetGroups } from '../../graph/repositories/taxonomy';

/**
 * A root list's page: its cursors are ids of its type (`Programme:…`; a cursor of another list is refused), and its
 * count, when selected, is read beside the page.
 */
const page = (
  ctx: Context,
  info: GraphQLResolveInfo,
  first: number | null | undefined,
  after: string | null | undefined,
  type: string,
): PageRequest => ({
  ...pageRequest(first, after, ctx, { idPrefix: `${type}:` }),
  // What the query selects, even when the loaders read everything (readAll): a count not asked for never runs.
  withCount: selectedFields(info).has('totalCount'),
});

/** What a page's query selects of its nodes (`edges { node { … } }`). */
const pageNodes = (ctx: Context, info: GraphQLResolveInfo) => entityProjection(selection(ctx, info, ['edges', 'node']));

/** Root fields: unpack the arguments, check the page, call a repository or loader. */
export const Query: QueryResolvers = {
  node: (_root, { id }, ctx) => ctx.loaders.node.load(id),
  nodes: async (_root, { ids }, ctx) => {
    if (ids.length > ctx.maxPageSize) {
      throw new BadUserInputError('ids', `at most ${ctx.maxPageSize} ids per request, got ${ids.length}`);
    }
    const nodes = await ctx.loaders.node.loadMany(ids);
    return nodes.map((node) => {
      if (node instanceof Error) throw node;
      return node;
    });
  },

  programmes: (_root, { filter, first, after }, ctx, info) =>
    listProgrammes(
      ctx.read,
      filter ?? {},
      page(ctx, info, first, after, 'Programme'),
      pageNodes(ctx, info),
      // The page's relations, and what the query asks below them, are read with the page.
      ctx.loaders.pageAhead(pageRelationFields(info, ['edges', 'node'], (path) => selection(ctx, info, path))),
    ),
  coverage: (_root, args, ctx, info) => {
    // The rows' statements, when selected, are read with the rows (programmeCoverage).
    const select = (path: readonly string[]) => selection(ctx, info, path);
    const statements = (field: 'serves' | 'covers') =>
      selection(ctx, info) === ALL ? evidenceProjection(ALL) : statementsAhead(field, select);
    return programmeCoverage(ctx.read, ctx.loaders, args, {
      programme: entityProjection(selection(ctx, info, ['programme'])),
      targetGroup: entityProjection(selection(ctx, info, ['targetGroup'])),
      area: entityProjection(unionOf(selection(ctx, info, ['area']), selection(ctx, info, ['inheritedFrom']))),
      serves: statements('serves'),
      covers: statements('covers'),
    });
  },
  indicatorConcepts: (_root, _args, ctx) => listIndicatorConcepts(ctx.read),
  compare: (_root, args, ctx, info) =>
    compareConcept(ctx.read, args, {
      indicator: entityProjection(selection(ctx, info, ['indicator'])),
      area: entityProjection(selection(ctx, info, ['area'])),
      points: pointProjection(selection(ctx, info, ['points'])),
    }),

  themes: (_root, { filter, first, after }, ctx, info) =>
    listEntities(ctx.read, 'Theme', filter ?? {}, page(ctx, info, first, after, 'Theme'), pageNodes(ctx, info)),
  targetGroups: (_root, { filter, first, after }, ctx, info) =>
    listTargetGroups(ctx.read, filter ?? {}, page(ctx, info, first, after, 'TargetGroup'), pageNodes(ctx, info)),
  areas: (_root, { filter, first, after }, ctx, info) =>
    listAreas(ctx.read, filter ?? {}, page(ctx, info, first, after, 'AdministrativeArea'), pageNodes(ctx, info)),
  area: (_root, args, ctx) => findArea(ctx.read, async (id) => ctx.loaders.findNodeAs('AdministrativeArea', id), args),
  institutions: (_root, { filter, first, after }, ctx, info) =>
    listEntities(
      ctx.read,
      'Institution',
      filter ?? {},
      page(ctx, info, first, after, 'Institution'),
      pageNodes(ctx, info),
    ),
  policies: (_root, { filter, first, after }, ctx, info) =>
    listEntities(ctx.read, 'Policy', filter ?? {}, page(ctx, info, first, after, 'Policy'), pageNodes(ctx, info)),
  indicators: (_root, { filter, first, after }, ctx, info) => {
    // The page's observations, with their evidence when selected, are read with the page.
    const observations = pageObservations(info, ['edges', 'node'], (path) => selection(ctx, info, path));
    return listIndicators(
      ctx.read,
      filter ?? {},
      page(ctx, info, first, after, 'Indicator'),
      pageNodes(ctx, info),
      observations && ctx.loaders.observationsPageAhead(observations.evidence, observations.only),
    );
  },
  documents: (_root, { filter, first, after }, ctx, info) =>
    listDocuments(ctx.read, filter ?? {}, page(ctx, info, first, after, 'Document')),

  search: (_root, { text, types, first, filter }, ctx) => {
    const size = first ?? Math.min(ctx.defaultPageSize, ctx.maxPageSize);
    if (size < 0 || size > ctx.maxPageSize) {
      throw new BadUserInputError('first', `must be between 0 and ${ctx.maxPageSize}, got ${size}`);
    }
    return search(ctx.read, { text, types: types ?? null, first: size, maxLength: ctx.maxSearchLength, filter });
  },
  release: (_root, _args, ctx) => currentRelease(ctx.read),
};
