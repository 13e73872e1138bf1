import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`. A file may hold `{{SLOT}}` placeholders; `fragments`
 * fills them, and its values must come from code-side allow-lists (an enum mapped to a fixed
 * fragment), never from user input: values always travel as parameters.
 */
export function cypherText(name: string, fragments: Record<string, string> = {}): string {
  let text = cache.get(name);
  if (text === undefined) {
    // Comment lines go before filling slots: a slot named in a comment must not be filled there.
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').replace(/^\s*\/\/.*$/gm, '').trim();
    cache.set(name, text);
  }
  return text.replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const fragment = fragments[slot];
    if (fragment === undefined) throw new Error(`cypher/${name}.cypher needs the fragment {{${slot}}}`);
    return fragment;
  });
}

/** The statements of a multi-statement file (schema migrations), split on `;` at line ends. */
export function cypherStatements(file: string): string[] {
  return fs
    .readFileSync(file, 'utf8')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((statement) => statement.length > 0);
}

export const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');
