import { Field, ID, ObjectType } from 'type-graphql';
import { AuditAction, Role } from '../model';
import { RoleValue } from './enums';

@ObjectType('ApiKey', { description: 'An API key as listed: never its secret, which is shown once, when it is created.' })
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => RoleValue)
  role!: Role;

  @Field()
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'Who created it, as the audit log names them.' })
  createdBy?: string | null;

  @Field(() => String, { nullable: true })
  revokedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When it was last used (to the minute).' })
  lastUsedAt?: string | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType)
  key!: ApiKeyType;

  @Field({ description: 'Send as "Authorization: Bearer <secret>". Shown this once: only a hash of it is stored.' })
  secret!: string;
}

@ObjectType('AuditEntry', { description: 'One write to the graph: who, when, which document, and what it changed.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: string;

  @Field(() => String, { description: 'ingest, remove, restore, create-key or revoke-key.' })
  action!: AuditAction;

  @Field({ description: 'The key holder (name, key id and role), or the service itself (the shipped corpus, the CLI).' })
  actor!: string;

  @Field(() => String, { nullable: true })
  keyId?: string | null;

  @Field(() => ID, { nullable: true })
  documentId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => [String], { description: 'What changed: "entities 12 (3 new)", "relations -4" …' })
  changes!: string[];

  @Field({ description: 'A removal that kept the document: restoreDocument(auditId) brings it back.' })
  restorable!: boolean;
}
