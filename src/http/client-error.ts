import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ServiceError } from '../errors';

/**
 * A refusal before execution, as Apollo answers one: the error's code with an HTTP status (400
 * unless told otherwise); an error thrown there without one would be a 500.
 */
export function clientError(error: ServiceError, status = 400, headers?: Record<string, string>): GraphQLError {
  const http = headers ? { status, headers: new HeaderMap(Object.entries(headers)) } : { status };
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http } });
}
