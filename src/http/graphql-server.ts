import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { Config } from '../config';
import { ErrorCode } from '../errors';
import { Context } from '../graphql/context';
import { createSchema } from '../graphql/schema';
import { Logger } from '../logger';
import { queryLimitsPlugin } from './query-limits.plugin';

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode));
// Apollo's own request errors (syntax, validation, bad variables) are safe to show as they are.
const APOLLO_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export type GraphQLServer = ApolloServer<Context>;

/** Apollo Server with the schema, query limits and error masking: no stack trace ever leaves. */
export async function createGraphQLServer(config: Config, logger: Logger): Promise<GraphQLServer> {
  const schema = await createSchema();
  const server = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // No cache hints are set, and the default cache-control plugin hooks every field resolution.
    plugins: [queryLimitsPlugin(schema, config.limits), ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted, error) => maskUnexpected(formatted, error, logger),
  });
  await server.start();
  return server;
}

function maskUnexpected(formatted: GraphQLFormattedError, error: unknown, logger: Logger): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (CLIENT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) return withoutStack(formatted);
  if (APOLLO_CODES.has(code)) return withoutStack(formatted);
  const reference = Math.random().toString(36).slice(2, 10);
  logger.error(`unexpected error ${reference} at ${formatted.path?.join('.') ?? '(request)'}`, unwrapResolverError(error));
  return {
    message: `Internal error (reference ${reference}); it has been logged.`,
    path: formatted.path,
    locations: formatted.locations,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, reference },
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { stacktrace: _stacktrace, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  return { ...formatted, extensions };
}
