import type { Resolvers } from '../../generated/graphql';
import { AdministrativeArea } from './administrative-area';
import * as connections from './connection';
import { CoverageRow } from './coverage-row';
import { Document } from './document';
import { Evidence } from './evidence';
import { Indicator, IndicatorConcept } from './indicator';
import { Institution } from './institution';
import { Entity, Measured, Node, Relation } from './node';
import { Observation } from './observation';
import { Passage } from './passage';
import { Policy } from './policy';
import { Programme } from './programme';
import { Query } from './query';
import * as relations from './relation';
import { TargetGroup } from './target-group';
import { Theme } from './theme';
import { TraceStep } from './trace-step';

/**
 * Every resolver of the schema, one module per type (interfaces, relations and connections grouped). Types
 * whose records already hold every field (Mention, PolicyCitation, Release…) need none.
 */
export const resolvers: Resolvers = {
  Query,
  Node,
  Entity,
  Measured,
  Relation,
  ...relations,
  ...connections,
  Document,
  Passage,
  Programme,
  Theme,
  TargetGroup,
  AdministrativeArea,
  Institution,
  Policy,
  Indicator,
  IndicatorConcept,
  Observation,
  Evidence,
  TraceStep,
  CoverageRow,
};
