import crypto from 'node:crypto';
import { DOCUMENT_LIMITS, DocumentInput, SourceDocument } from '../../model';
import { BadUserInputError } from '../../errors';
import { plainText } from '../arguments';

const { maxTextCharacters: MAX_TEXT_CHARACTERS, maxTitleCharacters: MAX_TITLE_CHARACTERS, maxMetadataCharacters: MAX_METADATA_CHARACTERS } = DOCUMENT_LIMITS;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Checks a submitted report and gives it its id: the same text always gets the same id, which
 * is what makes ingesting it twice change nothing. Absent fields (null from GraphQL) are left
 * out. Throws BAD_USER_INPUT saying what to fix.
 */
export function checkDocumentInput(input: DocumentInput): SourceDocument {
  const title = plainText(input.title ?? '');
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
  if (input.publishedAt) checkDate(input.publishedAt);
  if (input.url) checkUrl(input.url);
  const id = input.id ?? `doc-${crypto.createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
  const given = (['publisher', 'publishedAt', 'url', 'sourceFile'] as const)
    .map((field) => [field, metadata(field, input[field])] as const)
    .filter(([, value]) => value);
  return { id, title, text, ...Object.fromEntries(given) };
}

/** A calendar date that exists: 2020-02-29 yes, 2021-02-29 and 2020-13-45 no. */
function checkDate(value: string): void {
  const match = DATE.exec(value);
  const [year, month, day] = (match ?? []).slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const valid =
    match !== null &&
    (month === undefined || (month >= 1 && month <= 12)) &&
    (day === undefined || (day >= 1 && day <= new Date(Date.UTC(year!, month!, 0)).getUTCDate()));
  if (!valid) {
    throw new BadUserInputError(`"publishedAt" must be a real date written YYYY, YYYY-MM or YYYY-MM-DD; got "${value}".`, { argumentName: 'publishedAt' });
  }
}

/** Only web addresses: a javascript: or data: URL would run in whatever page shows it. */
function checkUrl(value: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || value.length > MAX_METADATA_CHARACTERS) {
    throw new BadUserInputError(`"url" must be an http or https address of at most ${MAX_METADATA_CHARACTERS} characters; got "${value.slice(0, 80)}".`, { argumentName: 'url' });
  }
}

function metadata(field: string, value: string | null | undefined): string | undefined {
  const clean = value === null || value === undefined ? undefined : plainText(value);
  if (clean && clean.length > MAX_METADATA_CHARACTERS) {
    throw new BadUserInputError(`"${field}" has ${clean.length} characters; at most ${MAX_METADATA_CHARACTERS}.`, { argumentName: field });
  }
  return clean || undefined;
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
