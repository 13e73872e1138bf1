import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import { evaluate, type EvaluationReport } from '../../src/extraction/evaluation';
import type { FactSet } from '../../src/model';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'reports');

/** Each hand-written report with its gold facts, extracted and scored. */
export function evaluateFixtures(gazetteer: Gazetteer): { name: string; report: EvaluationReport }[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const gold = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.facts.json`), 'utf8')) as FactSet;
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      const extracted = extractFacts({ id: name, title: gold.document.title, text, publishedAt: gold.document.publishedAt }, gazetteer);
      return { name, report: evaluate(extracted, gold, gazetteer) };
    });
}
