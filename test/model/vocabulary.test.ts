import 'reflect-metadata';
import { GraphQLEnumType } from 'graphql';
import { createSchema } from '../../src/graphql/schema';
import { constantName, DIRECTIONS, ENTITY_KINDS, kindOf, nodeLabels, PAIRING_MODE_VALUES, RELATION_TYPES, SEARCH_BRANCHES, SEARCH_MATCH_KINDS, SEARCH_RANKS } from '../../src/model';

const valuesOf = async (name: string) => (((await createSchema()).getType(name) as GraphQLEnumType).getValues()).map((v) => [v.name, v.value]);

describe('the API enums are the model vocabulary', () => {
  it('names every kind, relation type, mode, direction and match kind the model declares, and nothing else', async () => {
    expect(await valuesOf('EntityType')).toEqual(ENTITY_KINDS.map((kind) => [constantName(kind), kind]));
    expect(await valuesOf('RelationType')).toEqual(RELATION_TYPES.map((type) => [type, type]));
    expect((await valuesOf('PairingMode')).map(([, value]) => value)).toEqual(PAIRING_MODE_VALUES);
    expect(await valuesOf('Direction')).toEqual(DIRECTIONS.map((d) => [d, d]));
    expect((await valuesOf('SearchMatch')).map(([name]) => name)).toEqual(Object.keys(SEARCH_MATCH_KINDS));
  });
});

describe('entity kinds', () => {
  it('reads a node kind from its labels, District before County', () => {
    expect(kindOf(['Entity', 'Area', 'County', 'District'])).toBe('District');
    expect(kindOf(['Entity', 'Organization', 'SocialOrganization'])).toBe('SocialOrganization');
    expect(kindOf(['Entity', 'Area', 'Village'])).toBe('Village');
  });

  it('gives a node its group and kind labels', () => {
    expect(nodeLabels('County', true)).toEqual(['Entity', 'Area', 'County', 'District']);
    expect(nodeLabels('Hospital')).toEqual(['Entity', 'Organization', 'Hospital']);
    expect(nodeLabels('Project')).toEqual(['Entity', 'Project']);
  });
});

describe('search branches', () => {
  it('rank uniquely, so the best rank of a hit names its branch, and every branch reports a known kind', () => {
    expect(new Set(Object.values(SEARCH_RANKS)).size).toBe(Object.keys(SEARCH_BRANCHES).length);
    for (const branch of Object.values(SEARCH_BRANCHES)) expect(Object.keys(SEARCH_MATCH_KINDS)).toContain(branch.kind);
  });
});
