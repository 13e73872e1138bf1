import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { Config } from '../config';
import { ErrorCode } from '../errors';
import { Context } from '../graphql/context';
import { createSchema } from '../graphql/schema';
import { Logger } from '../logger';
import { Metrics } from '../metrics';
import { AccessGate, createAccessGate } from './access-gate';
import { accessPlugin } from './access.plugin';
import { observabilityPlugin } from './observability.plugin';
import { queryLimitsPlugin } from './query-limits.plugin';

const CLIENT_CODES = new Set<string>(Object.values(ErrorCode));
// Apollo's own request errors (syntax, validation, bad variables) are safe to show as they are.
const APOLLO_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export type GraphQLServer = ApolloServer<Context>;

/**
 * Apollo Server with the schema, access and query limits, one log line per request, and error
 * masking: no stack trace ever leaves, and a client's mistake is never logged as an error. `access`
 * is the gate other routes share (one budget per caller); without it the server has its own.
 */
export async function createGraphQLServer(config: Config, logger: Logger, metrics: Metrics, access: AccessGate = createAccessGate(config)): Promise<GraphQLServer> {
  const schema = await createSchema();
  const { introspection } = config.access;
  const server = new ApolloServer<Context>({
    schema,
    includeStacktraceInErrorResponses: false,
    // main.ts stops the server itself, after draining HTTP; Apollo's own handler would stop it
    // first, and the second stop() then never returns.
    stopOnTerminationSignals: false,
    introspection,
    // The parser stops at this many tokens, before a huge document costs memory or time.
    parseOptions: { maxTokens: config.limits.maxTokens },
    // No cache hints are set, and the default cache-control plugin hooks every field resolution.
    plugins: [accessPlugin(access), queryLimitsPlugin(schema, config.limits), observabilityPlugin(logger, metrics), ApolloServerPluginCacheControlDisabled(),
      // GraphiQL is served, bundled, at /graphiql; Apollo's landing page loads from a CDN.
      ApolloServerPluginLandingPageDisabled()],
    formatError: (formatted, error) => maskUnexpected(explainParseLimit(withoutSuggestions(formatted, introspection), config.limits.maxTokens), error, logger),
  });
  await server.start();
  return server;
}

/** With introspection off, "Did you mean …?" would tell the schema field by field; it goes too. */
function withoutSuggestions(formatted: GraphQLFormattedError, introspection: boolean): GraphQLFormattedError {
  if (introspection || formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED') return formatted;
  return { ...formatted, message: formatted.message.replace(/\s*Did you mean .*\?$/, '') };
}

/** graphql-js's token limit is a syntax error; to a client it is a query over a limit. */
function explainParseLimit(formatted: GraphQLFormattedError, maxTokens: number): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !/more tha[nt] \d+ tokens/.test(formatted.message)) return formatted;
  return {
    message: `The query has more than ${maxTokens} tokens; the limit is ${maxTokens}. Send a smaller document (fewer fields, aliases or fragments).`,
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, measure: 'tokens', limit: maxTokens },
  };
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
