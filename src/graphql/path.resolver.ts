import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { RelationType } from '../model';
import { AnalysedPath } from '../services/analysis/explain-path';
import { Context } from './context';
import { DirectionValue } from './enums';
import { toEvidence } from './evidence.type';
import { toRelation } from './mappers';
import { ConnectionGroupType, PathOptionsInput, PathType } from './path.type';

/** Shortest paths and all routes between two entities. */
@Resolver(() => PathType)
export class PathResolver {
  @Query(() => [PathType], {
    description:
      'The shortest paths between two entities, each given as any reference: id, official code, name, short or composite form ' +
      '("奉贤" → "务川县上坝村"); [] when none is within maxHops. NOT_FOUND names the endpoint that does not exist, AMBIGUOUS_REFERENCE one that names several.',
  })
  async path(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Arg('options', () => PathOptionsInput, { nullable: true }) options: PathOptionsInput | null,
    @Ctx() { services }: Context,
  ): Promise<PathType[]> {
    const paths = await services.paths.shortestPaths(from, to, { ...options, relationTypes: options?.relationTypes as RelationType[] | undefined });
    return paths.map(toPathType);
  }

  @Query(() => [ConnectionGroupType], {
    description: 'Every path of up to maxHops relationships (1 to 4) between two entities (any references), at most 200, shortest first, grouped by route.',
  })
  async connections(
    @Arg('a', () => String) a: string,
    @Arg('b', () => String) b: string,
    @Arg('maxHops', () => Int, { defaultValue: 3 }) maxHops: number,
    @Ctx() { services }: Context,
  ): Promise<ConnectionGroupType[]> {
    const groups = await services.paths.connections(a, b, maxHops);
    return groups.map((group) => ({ ...group, count: group.paths.length, paths: group.paths.map(toPathType) }));
  }
}

function toPathType(path: AnalysedPath): PathType {
  return {
    nodes: path.nodes,
    length: path.length,
    explanation: path.explanation,
    relationships: path.steps.map((step) => {
      const relation = toRelation(step.relation);
      return { type: relation.type, direction: step.forward ? DirectionValue.OUT : DirectionValue.IN, label: step.label, relation, evidence: toEvidence(step.relation) };
    }),
  };
}
