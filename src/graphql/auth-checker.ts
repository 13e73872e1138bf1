import { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import { Role, roleAtLeast } from '../model';
import { Context } from './context';

/**
 * `@Authorized('editor')`: the caller's key must hold that role or a higher one. It runs before
 * the resolver, so a refused call looks nothing up. Anonymous callers are told to authenticate
 * (401); a key with too low a role is FORBIDDEN (403).
 */
export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const needed = roles[0] ?? 'reader';
  const field = `${info.parentType.name}.${info.fieldName}`;
  const { principal } = context;
  if (principal.kind === 'system') return true;
  if (principal.kind === 'anonymous') {
    throw new UnauthenticatedError(`${field} needs an API key with the ${needed} role: send "Authorization: Bearer <key>" (kg keys create --role ${needed}).`);
  }
  if (!roleAtLeast(principal.role, needed)) {
    throw new ForbiddenError(`${field} needs the ${needed} role; the key ${principal.keyId} («${principal.name}») has the ${principal.role} role.`, {
      requiredRole: needed,
      role: principal.role,
    });
  }
  return true;
};
