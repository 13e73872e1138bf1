import { BadUserInputError } from '../../errors';
import { isRelationType, NODE_LIMITS, NodeRef, RelationIdentity } from '../../model';

/**
 * Global ids: base64url of a JSON array, the kind first and then the parts of its key
 * (`["Entity","310117"]`, `["Pairing","310117","532822","扶贫协作"]`). Opaque to clients; JSON
 * keeps composite keys apart whatever characters the names hold (1#厂房, A>B).
 */
export function globalIdOf(ref: NodeRef): string {
  return Buffer.from(JSON.stringify(partsOf(ref)), 'utf8').toString('base64url');
}

/** The ref a global id names; null for a string this API never issued (not a global id at all, or of a kind it has not). */
export function nodeRefOf(globalId: string): NodeRef | null {
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(globalId, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) return null;
  const ref = refOf(parts as string[]);
  // Base64 decoding skips stray characters: only the canonical spelling of an id is that id.
  return ref && globalIdOf(ref) === globalId ? ref : null;
}

/**
 * The refs of ids a client sent, in order; BAD_USER_INPUT for more than NODE_LIMITS.maxIds or for
 * a string that is no global id (a domain id such as "310117" included), naming it and how to get one.
 */
export function requireNodeRefs(ids: readonly string[], argumentName: string): NodeRef[] {
  if (ids.length > NODE_LIMITS.maxIds) {
    throw new BadUserInputError(`"${argumentName}" has ${ids.length} ids; at most ${NODE_LIMITS.maxIds}. Refetch in several calls.`, {
      argumentName,
      maxIds: NODE_LIMITS.maxIds,
    });
  }
  return ids.map((id, index) => {
    const ref = nodeRefOf(id);
    if (!ref) {
      throw new BadUserInputError(
        `"${argumentName}" holds "${id.slice(0, 80)}", which is not a global id this API issued. Pass the nodeId of an object ` +
          '(e.g. entity(id: "310117") { nodeId }); domain ids go to entity(id:), document(id:).',
        { argumentName, index },
      );
    }
    return ref;
  });
}

function partsOf(ref: NodeRef): string[] {
  switch (ref.type) {
    case 'Entity':
    case 'Document':
    case 'Observation':
      return [ref.type, ref.id];
    case 'Relation':
      return [ref.type, ...relationParts(ref.relation)];
    case 'Pairing':
      return [ref.type, ref.relation.from, ref.relation.to, ref.relation.key];
    case 'ReviewItem':
      return [ref.type, ...(ref.of.type === 'Entity' ? [ref.of.type, ref.of.id] : [ref.of.type, ...relationParts(ref.of.relation)])];
  }
}

function refOf([type, ...parts]: string[]): NodeRef | null {
  switch (type) {
    case 'Entity':
    case 'Document':
    case 'Observation':
      return parts.length === 1 ? { type, id: parts[0] } : null;
    case 'Relation': {
      const relation = relationOf(parts);
      return relation ? { type, relation } : null;
    }
    case 'Pairing':
      return parts.length === 3 ? { type, relation: { from: parts[0], to: parts[1], type: 'PAIRS_WITH', key: parts[2] } } : null;
    case 'ReviewItem': {
      const [kind, ...rest] = parts;
      if (kind === 'Entity' && rest.length === 1) return { type, of: { type: kind, id: rest[0] } };
      const relation = kind === 'Relation' ? relationOf(rest) : null;
      return relation ? { type, of: { type: kind as 'Relation', relation } } : null;
    }
    default:
      return null;
  }
}

function relationParts({ from, to, type, key }: RelationIdentity): string[] {
  return [from, to, type, key];
}

function relationOf(parts: string[]): RelationIdentity | null {
  const [from, to, type, key] = parts;
  return parts.length === 4 && isRelationType(type) ? { from, to, type, key } : null;
}
