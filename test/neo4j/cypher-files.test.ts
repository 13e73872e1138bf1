import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { cypherText } from '../../src/neo4j/cypher-files';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/** Every statement file under cypher/ (schema migrations are split by cypherStatements instead). */
function statementNames(dir = CYPHER_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'schema' ? [] : statementNames(full);
    return entry.name.endsWith('.cypher') ? [path.relative(CYPHER_DIR, full).replace(/\.cypher$/, '')] : [];
  });
}

describe('cypherText', () => {
  it('takes in an included fragment in place of its {{> …}} line, without its comments', () => {
    const fragment = cypherText('fragments/fact-in-scope');
    const statement = cypherText('query/list-relations');
    expect(statement).toContain(fragment);
    expect(statement).not.toMatch(/\{\{>|^\s*\/\//m);
    expect(statement.startsWith('CALL () {')).toBe(true);
  });

  it('takes in fragments that include fragments, one copy where each is included', () => {
    const filter = cypherText('fragments/relation-list-filter');
    expect(filter).toContain(cypherText('fragments/fact-in-scope'));
    expect(cypherText('query/list-relations').split(filter)).toHaveLength(3);
    const step = cypherText('fragments/step-in-scope');
    const paths = cypherText('analysis/shortest-paths', { SELECTOR: 'SHORTEST 1', HOP: '-[r:PART_OF]-', MAX_HOPS: '4', NODE_FILTER: 'true' });
    expect(paths).toContain(step);
    const neighborhood = cypherText('analysis/neighborhood', { TYPES: 'PART_OF', HOPS: '' });
    expect(neighborhood).toContain(step);
  });

  it('names the slot a statement still needs', () => {
    expect(() => cypherText('analysis/shortest-paths')).toThrow(/needs the fragment \{\{\w+\}\}/);
  });

  it('resolves every include of every statement file', () => {
    const names = statementNames();
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) {
      const text = (() => {
        try {
          return cypherText(name);
        } catch (error) {
          // A missing slot is fine here (filled by code); a missing include is not.
          if (/needs the fragment/.test((error as Error).message)) return '';
          throw error;
        }
      })();
      expect(text).not.toContain('{{>');
    }
  });
});
