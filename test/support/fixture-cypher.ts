/** A test-only statement in test/fixtures/cypher, named as the executor names statements (by their path under cypher/). */
export const fixtureCypher = (name: string): string => `../test/fixtures/cypher/${name}`;
