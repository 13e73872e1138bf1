import { ApolloServerPlugin } from '@apollo/server';
import { FragmentDefinitionNode, GraphQLError, GraphQLSchema, Kind, SelectionSetNode, getVariableValues } from 'graphql';
import { ComplexityEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { BadUserInputError, QueryTooComplexError, type ServiceError } from '../errors';

/**
 * Lists multiply the cost of what they select by the number of items asked for; a page size over
 * the ceiling counts as the ceiling, so the resolver can answer it with BAD_USER_INPUT.
 */
const pageEstimator =
  (maxPageSize: number): ComplexityEstimator =>
  ({ args, childComplexity }) => {
    const first = typeof args.first === 'number' ? Math.min(Math.max(1, args.first), maxPageSize) : undefined;
    return first === undefined ? undefined : 1 + childComplexity * first;
  };

/**
 * Rejects abusive operations before they run: nesting deeper than `maxDepth`, or an estimated
 * cost (fields × requested page sizes) above `maxCost`.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: { maxDepth: number; maxCost: number; maxPageSize: number }): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = new Map(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
          );
          const depth = selectionDepth(operation.selectionSet, fragments, new Set());
          if (depth > limits.maxDepth) {
            throw clientError(
              new QueryTooComplexError(`The query nests ${depth} levels deep; the limit is ${limits.maxDepth}. Split it into several queries.`, {
                depth,
                maxDepth: limits.maxDepth,
              }),
            );
          }
          // The cost reads the variables, so a variable of the wrong type or a missing one is the client's mistake here already.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors !== undefined) {
            throw clientError(new BadUserInputError(coerced.errors.map((e) => e.message).join(' ')));
          }
          const cost = getComplexity({
            schema,
            query: document,
            operationName: request.operationName ?? undefined,
            // getComplexity coerces them again, from what the client sent (coerced enums would not parse twice).
            variables: request.variables ?? {},
            estimators: [pageEstimator(limits.maxPageSize), simpleEstimator({ defaultComplexity: 1 })],
          });
          if (cost > limits.maxCost) {
            throw clientError(
              new QueryTooComplexError(
                `The query's estimated cost is ${cost}; the limit is ${limits.maxCost}. Ask for smaller pages (first) or fewer nested lists.`,
                { cost, maxCost: limits.maxCost },
              ),
            );
          }
        },
      };
    },
  };
}

/** A refusal before execution, as Apollo answers one: HTTP 400 with the error's code (an unknown error there is a 500). */
function clientError(error: ServiceError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}

function selectionDepth(selectionSet: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, selection.selectionSet ? 1 + selectionDepth(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, seen));
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...seen, name])));
    }
  }
  return deepest;
}
