import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLSchema, getVariableValues } from 'graphql';
import { QueryLimits } from '../config';
import { BadUserInputError, QueryTooComplexError, type ServiceError } from '../errors';
import { measureOperation } from './operation-cost';

/**
 * Rejects abusive operations before they run, each with a 400 naming the limit: nesting deeper
 * than `maxDepth`, more aliases or directives than allowed, or an estimated cost (fields × list
 * sizes, see operation-cost.ts) above `maxCost`. Tokens are limited by the parser itself.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          // The cost reads the variables, so a variable of the wrong type or a missing one is the client's mistake here already.
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors !== undefined) throw clientError(new BadUserInputError(coerced.errors.map((e) => e.message).join(' ')));
          const measure = measureOperation(schema, document, operation, coerced.coerced, limits.maxPageSize);
          const refuse = (name: keyof typeof measure, what: string, limit: number, advice: string) =>
            clientError(
              new QueryTooComplexError(`The query ${what} ${measure[name]}; the limit is ${limit}. ${advice}`, { measure: name, value: measure[name], limit }),
            );
          if (measure.depth > limits.maxDepth) throw refuse('depth', 'nests levels deep:', limits.maxDepth, 'Split it into several queries.');
          if (measure.aliases > limits.maxAliases) throw refuse('aliases', 'has aliases:', limits.maxAliases, 'Send several requests, or use a list field.');
          if (measure.directives > limits.maxDirectives) throw refuse('directives', 'has directives:', limits.maxDirectives, 'Remove repeated @include/@skip.');
          if (measure.cost > limits.maxCost) {
            throw refuse('cost', 'has an estimated cost of', limits.maxCost, 'Ask for smaller pages (first) or fewer nested lists; a list without first counts as its default size.');
          }
        },
      };
    },
  };
}

/** A refusal before execution, as Apollo answers one: HTTP 400 with the error's code (an unknown error there is a 500). */
export function clientError(error: ServiceError, status = 400): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status } } });
}
