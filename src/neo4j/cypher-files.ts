import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');
const cache = new Map<string, string>();

/**
 * The text of `cypher/<name>.cypher`. A file may hold `{{SLOT}}` placeholders; `fragments`
 * fills them, and its values must come from code-side allow-lists (an enum mapped to a fixed
 * fragment), never from user input: values always travel as parameters. A line
 * `{{> fragments/<file>}}` takes in that file's text, so statements share one copy of a clause.
 */
export function cypherText(name: string, fragments: Record<string, string> = {}): string {
  return fileText(name, []).replace(/\{\{(\w+)\}\}/g, (_, slot: string) => {
    const fragment = fragments[slot];
    if (fragment === undefined) throw new Error(`cypher/${name}.cypher needs the fragment {{${slot}}}`);
    return fragment;
  });
}

function fileText(name: string, including: string[]): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (including.includes(name)) throw new Error(`cypher/${name}.cypher includes itself (through ${including.join(' → ')})`);
    // Comment lines go before filling slots: a slot named in a comment must not be filled there.
    text = fs
      .readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8')
      .replace(/^\s*\/\/.*$/gm, '')
      .replace(/\{\{>\s*([\w/-]+)\s*\}\}/g, (_, included: string) => fileText(included, [...including, name]))
      .trim();
    cache.set(name, text);
  }
  return text;
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
