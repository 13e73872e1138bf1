import fs from 'node:fs';
import path from 'node:path';
import { DocumentMeta } from '../../model';
import { Correction } from './corrections';

export interface CorpusDocument {
  meta: DocumentMeta & { sourceFile: string };
  text: string;
  corrections: Correction[];
}

/**
 * The shipped corpus: corpus/documents.json lists the documents (id, title, publisher, date,
 * file), corpus/<file> holds each text, corpus/corrections.json the curated corrections.
 */
export function readCorpus(corpusDir: string): CorpusDocument[] {
  const listing = JSON.parse(fs.readFileSync(path.join(corpusDir, 'documents.json'), 'utf8')) as (DocumentMeta & { sourceFile: string; dateNote?: string })[];
  const correctionsFile = path.join(corpusDir, 'corrections.json');
  const corrections = fs.existsSync(correctionsFile) ? (JSON.parse(fs.readFileSync(correctionsFile, 'utf8')) as Record<string, Correction[]>) : {};
  return listing.map(({ dateNote: _dateNote, ...meta }) => ({
    meta,
    text: fs.readFileSync(path.join(corpusDir, meta.sourceFile), 'utf8'),
    corrections: corrections[meta.id] ?? [],
  }));
}
