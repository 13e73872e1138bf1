import {
  DocumentNode, FieldNode, FragmentDefinitionNode, GraphQLField, GraphQLNamedType, GraphQLSchema, Kind, OperationDefinitionNode, SelectionSetNode,
  getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, visit,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { COST_LIMITS, PAGE_LIMITS } from '../model';

/** What an operation asks for, measured on the operation with its fragments expanded. */
export interface OperationMeasure {
  depth: number;
  /** Objects the answer may hold: each object field counts 1, times the sizes of the lists it sits in (see COST_LIMITS). */
  cost: number;
  /** Fields once fragments are expanded (not multiplied by list sizes): what execution walks per object. */
  fields: number;
  /** Aliased fields as written, counting each use of a fragment (not multiplied by list sizes). */
  aliases: number;
  /** Directives written anywhere in the document. */
  directives: number;
}

interface Measure {
  depth: number;
  cost: number;
  fields: number;
  aliases: number;
}

const NONE: Measure = { depth: 0, cost: 0, fields: 0, aliases: 0 };

/**
 * Measures an operation in time linear in the document's size: each fragment is measured once and
 * its measure reused wherever it is spread, so a fragment spread twice at each of 22 levels (4
 * million fields once expanded) costs 22 steps here, not 4 million.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxPageSize: number,
): OperationMeasure {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const memo = new Map<string, Measure>();
  const inProgress = new Set<string>();

  const sizeOf = (field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined => {
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      // A bad argument is validation's to report; measure as if it were absent.
    }
    const options = typeof args.options === 'object' && args.options !== null ? (args.options as Record<string, unknown>) : {};
    for (const name of COST_LIMITS.sizeArguments) {
      const value = args[name] ?? options[name];
      if (typeof value === 'number' && Number.isFinite(value)) return Math.min(Math.max(1, Math.floor(value)), maxPageSize);
    }
    return getNamedType(field.type).name.endsWith('Connection') ? PAGE_LIMITS.defaultSize : undefined;
  };

  const measureSet = (selectionSet: SelectionSetNode, parent: GraphQLNamedType, inherited: number | undefined): Measure => {
    let depth = 0;
    let cost = 0;
    let fields = 0;
    let aliases = 0;
    for (const selection of selectionSet.selections) {
      let part: Measure;
      if (selection.kind === Kind.FIELD) {
        part = measureField(selection, parent, inherited);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        part = type ? measureSet(selection.selectionSet, type, inherited) : NONE;
      } else {
        part = measureFragment(selection.name.value, inherited);
      }
      depth = Math.max(depth, part.depth);
      cost += part.cost;
      fields += part.fields;
      aliases += part.aliases;
    }
    return { depth, cost, fields, aliases };
  };

  const measureFragment = (name: string, inherited: number | undefined): Measure => {
    const key = `${name}|${inherited ?? ''}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // A cycle or an unknown fragment is a validation error, reported before this runs.
    if (!fragment || !type || inProgress.has(key)) return NONE;
    inProgress.add(key);
    const measure = measureSet(fragment.selectionSet, type, inherited);
    inProgress.delete(key);
    memo.set(key, measure);
    return measure;
  };

  const measureField = (node: FieldNode, parent: GraphQLNamedType, inherited: number | undefined): Measure => {
    const aliases = node.alias ? 1 : 0;
    if (node.name.value.startsWith('__')) return { depth: 0, cost: 0, fields: 1, aliases };
    const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
    if (!field) return { depth: 1, cost: 0, fields: 1, aliases };
    const named = getNamedType(field.type);
    // A scalar costs nothing by itself (the token limit bounds how many are written); the objects
    // of an answer are what the database fetches and the response holds.
    if (!isCompositeType(named) || !node.selectionSet) return { depth: 1, cost: 0, fields: 1, aliases };
    const isList = isListType(getNullableType(field.type));
    const size = sizeOf(field, node);
    const child = measureSet(node.selectionSet, named, isList ? undefined : size);
    const count = isList ? (size ?? inherited ?? COST_LIMITS.assumedListSize) : 1;
    return { depth: 1 + child.depth, cost: count * (1 + child.cost), fields: 1 + child.fields, aliases: aliases + child.aliases };
  };

  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  const measure = root ? measureSet(operation.selectionSet, root, undefined) : NONE;
  let directives = 0;
  visit(document, { Directive: () => void directives++ });
  return { ...measure, directives };
}
