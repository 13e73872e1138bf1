import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyRecord, AuditEntryRecord, REQUIRED_ROLE, Role } from '../model';
import { ApiKeyType, AuditEntryType, CreatedApiKeyType } from './access.type';
import { Context } from './context';
import { RoleValue } from './enums';

/** Keys and the audit log: admins only. */
@Resolver()
export class AccessResolver {
  @Authorized(REQUIRED_ROLE.keys)
  @Query(() => [ApiKeyType], { description: 'Every API key, revoked ones too. Needs the admin role.' })
  apiKeys(@Ctx() { services }: Context): Promise<ApiKeyRecord[]> {
    return services.keys.list();
  }

  @Authorized(REQUIRED_ROLE.keys)
  @Mutation(() => CreatedApiKeyType, { description: 'A new API key; its secret is in this answer only. Needs the admin role.' })
  createApiKey(
    @Arg('name', { description: 'Whose or what it is: "ingest bot", "Li Wei".' }) name: string,
    @Arg('role', () => RoleValue) role: Role,
    @Ctx() { services, principal }: Context,
  ): Promise<{ key: ApiKeyRecord; secret: string }> {
    return services.keys.create(role, name, principal);
  }

  @Authorized(REQUIRED_ROLE.keys)
  @Mutation(() => ApiKeyType, { description: 'Revokes a key at once on this replica, within a minute on others. Needs the admin role.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() { services, principal }: Context): Promise<ApiKeyRecord> {
    return services.keys.revoke(id, principal);
  }

  @Authorized(REQUIRED_ROLE.keys)
  @Query(() => [AuditEntryType], { description: 'Writes to the graph, newest first. Needs the admin role.' })
  auditLog(
    @Arg('documentId', () => ID, { nullable: true }) documentId: string | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => ID, { nullable: true, description: 'The id of the last entry of the previous page.' }) after: string | null,
    @Ctx() { services }: Context,
  ): Promise<AuditEntryRecord[]> {
    return services.audit.entries({ documentId, first, after });
  }
}
