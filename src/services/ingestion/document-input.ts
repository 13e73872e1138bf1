import crypto from 'node:crypto';
import { DOCUMENT_LIMITS, DocumentInput, SourceDocument } from '../../model';
import { BadUserInputError } from '../../errors';

const { maxTextCharacters: MAX_TEXT_CHARACTERS, maxTitleCharacters: MAX_TITLE_CHARACTERS } = DOCUMENT_LIMITS;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Checks a submitted report and gives it its id: the same text always gets the same id, which
 * is what makes ingesting it twice change nothing. Absent fields (null from GraphQL) are left
 * out. Throws BAD_USER_INPUT saying what to fix.
 */
export function checkDocumentInput(input: DocumentInput): SourceDocument {
  const title = input.title?.trim() ?? '';
  const text = (input.text ?? '').replace(/\r\n?/g, '\n');
  if (!title) throw new BadUserInputError('"title" is empty; give the report its title.', { argumentName: 'title' });
  if (title.length > MAX_TITLE_CHARACTERS) throw new BadUserInputError(`"title" has ${title.length} characters; at most ${MAX_TITLE_CHARACTERS}.`, { argumentName: 'title' });
  if (!text.trim()) throw new BadUserInputError('"text" is empty; send the full text of the report.', { argumentName: 'text' });
  if (text.length > MAX_TEXT_CHARACTERS) {
    throw new BadUserInputError(`"text" has ${text.length} characters; at most ${MAX_TEXT_CHARACTERS} are accepted. Split the report into parts.`, {
      argumentName: 'text',
      maxCharacters: MAX_TEXT_CHARACTERS,
    });
  }
  if (looksBinary(text)) {
    throw new BadUserInputError('"text" holds binary data or bytes that were not UTF-8 (NUL or U+FFFD characters). Send the report as UTF-8 text.', {
      argumentName: 'text',
    });
  }
  if (input.publishedAt && !DATE.test(input.publishedAt)) {
    throw new BadUserInputError(`"publishedAt" must be YYYY, YYYY-MM or YYYY-MM-DD; got "${input.publishedAt}".`, { argumentName: 'publishedAt' });
  }
  const id = input.id ?? `doc-${crypto.createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
  const given = (['publisher', 'publishedAt', 'url', 'sourceFile'] as const).filter((field) => input[field]);
  return { id, title, text, ...Object.fromEntries(given.map((field) => [field, input[field]])) };
}

/** Decodes file bytes as UTF-8, refusing anything that is not (the CLI's check before the text one). */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new BadUserInputError(`${name} is not UTF-8 text. Convert it first (e.g. iconv -f GB18030 -t UTF-8).`);
  }
}

function looksBinary(text: string): boolean {
  if (text.includes('\u0000') || text.includes('\uFFFD')) return true;
  const controls = text.match(/[\u0001-\u0008\u000E-\u001F]/g)?.length ?? 0;
  return controls > text.length / 100;
}
