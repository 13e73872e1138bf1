import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLSchema, getVariableValues } from 'graphql';
import { QueryLimits } from '../config';
import { BadUserInputError, QueryTooComplexError } from '../errors';
import { clientError } from './client-error';
import { measureOperation } from './operation-cost';

/**
 * Rejects abusive operations before they run, each with a 400 naming the limit: nesting deeper
 * than `maxDepth`, more aliases, directives or (fragments expanded) fields than allowed, or an
 * estimated cost (objects × list sizes, see operation-cost.ts) above `maxCost`. Tokens are limited
 * by the parser itself.
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
          const refuse = (name: keyof typeof measure, sentence: string, limit: number, advice: string) =>
            clientError(new QueryTooComplexError(`${sentence}; the limit is ${limit}. ${advice}`, { measure: name, value: measure[name], limit }));
          if (measure.depth > limits.maxDepth) throw refuse('depth', `The query nests ${measure.depth} levels deep`, limits.maxDepth, 'Split it into several queries.');
          if (measure.aliases > limits.maxAliases) throw refuse('aliases', `The query has ${measure.aliases} aliases`, limits.maxAliases, 'Send several requests, or use a list field.');
          if (measure.directives > limits.maxDirectives) {
            throw refuse('directives', `The query has ${measure.directives} directives`, limits.maxDirectives, 'Remove repeated @include/@skip.');
          }
          if (measure.fields > limits.maxFields) {
            throw refuse('fields', `The query selects ${measure.fields} fields once its fragments are expanded`, limits.maxFields, 'Spread fewer fragments, or spread each once.');
          }
          if (measure.cost > limits.maxCost) {
            throw refuse(
              'cost',
              `The query's answer may hold ${measure.cost} objects (its estimated cost)`,
              limits.maxCost,
              'Ask for smaller pages (first) or fewer nested lists; a list without first counts as its default size.',
            );
          }
        },
      };
    },
  };
}
