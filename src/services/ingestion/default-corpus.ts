import fs from 'node:fs';
import path from 'node:path';
import { DocumentMeta, FactSet } from '../../extraction/facts';

export interface CorpusDocument {
  meta: DocumentMeta;
  text: string;
  facts: FactSet;
}

/**
 * The shipped corpus: corpus/documents.json lists the documents, corpus/<file> holds each text
 * and corpus/facts/<id>.json its hand-checked facts.
 */
export function readCorpus(corpusDir: string): CorpusDocument[] {
  const listing = JSON.parse(fs.readFileSync(path.join(corpusDir, 'documents.json'), 'utf8')) as (DocumentMeta & { sourceFile: string })[];
  return listing.map((meta) => {
    const text = fs.readFileSync(path.join(corpusDir, meta.sourceFile), 'utf8');
    const facts = JSON.parse(fs.readFileSync(path.join(corpusDir, 'facts', `${meta.id}.json`), 'utf8')) as FactSet;
    const { dateNote: _dateNote, ...documentMeta } = meta as DocumentMeta & { dateNote?: string };
    return { meta: documentMeta, text, facts: { ...facts, document: { ...documentMeta, ...facts.document } } };
  });
}
