import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import type { FactSet } from '../../src/model';

/**
 * What the extraction tests share: one gazetteer (villages included) loaded before the file's
 * tests, a text read as a report of 2024, and the code (or name) a fact's ref stands for.
 */
export interface SentenceReader {
  run(text: string, publisher?: string): FactSet;
}

export function sentenceReader(): SentenceReader {
  let gazetteer: Gazetteer | undefined;
  beforeAll(async () => {
    gazetteer = await Gazetteer.load({ villages: true });
  }, 60_000);
  return {
    run: (text, publisher) => extractFacts({ id: 't', title: 't', text, publishedAt: '2024', publisher }, gazetteer!),
  };
}

export const codeOf = (f: FactSet, ref: string): string => f.entities.find((e) => e.ref === ref)?.code ?? f.entities.find((e) => e.ref === ref)?.name ?? ref;
