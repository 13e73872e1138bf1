import 'reflect-metadata';
import { GraphQLSchema, OperationDefinitionNode, parse } from 'graphql';
import { createSchema } from '../../src/graphql/schema';
import { measureOperation } from '../../src/http/operation-cost';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, document, document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode, variables, 500);
};

describe('measuring an operation before it runs', () => {
  it('counts the objects an answer may hold: a page of first items, each with its objects', () => {
    // counties(first: 20): 1 connection + 20 edges × (edge + node) = 41; scalars cost nothing.
    expect(measure('{ counties(first: 20) { totalCount edges { node { id name } } } }').cost).toBe(41);
  });

  it('counts a connection without first by its default page, and reads first from variables', () => {
    expect(measure('{ counties { edges { node { id } } } }').cost).toBe(1 + 50 * 2);
    expect(measure('query($n: Int) { counties(first: $n) { edges { node { id } } } }', { n: 5 }).cost).toBe(1 + 5 * 2);
  });

  it('counts a list with no size argument as ten, and multiplies nested lists', () => {
    // entity 1 + 10 relations × (1 + to 1) = 21; one level more: 1 + 10 × (1 + 1 + 10 × 2) = 221.
    expect(measure('{ entity(name: "松江区") { relations { to { id } } } }').cost).toBe(21);
    expect(measure('{ entity(name: "松江区") { relations { to { relations { to { id } } } } } }').cost).toBe(221);
  });

  it('measures a fragment once however often it is spread, counting every use', () => {
    const levels = 30;
    const query =
      `query { entity(name: "松江区") { ...F1 } }\n` +
      Array.from({ length: levels - 1 }, (_, i) => `fragment F${i + 1} on Entity { ...F${i + 2} ...F${i + 2} }`).join('\n') +
      `\nfragment F${levels} on Entity { name }`;
    const started = performance.now();
    const measured = measure(query);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(measured.fields).toBe(1 + 2 ** (levels - 1));
  });

  it('counts aliases as written, depth without fragments or __typename, and directives anywhere', () => {
    const measured = measure('{ a: entity(name: "x") { __typename ... on Area { b: parent { name @include(if: true) } } } c: entity(name: "y") { id } }');
    expect(measured).toMatchObject({ aliases: 3, depth: 3, directives: 1 });
  });
});
