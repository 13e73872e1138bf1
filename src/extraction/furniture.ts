import rules from './rules/furniture.json';

/** What a line of a report is: its text, a caption, or page furniture around it. */
export type LineKind = 'text' | 'caption' | 'furniture';

const FIELD = new RegExp(rules.fieldLine);
const WHOLE = new RegExp(rules.wholeLine);
const IMAGE = new RegExp(rules.imageName, 'i');
const NAVIGATION = new RegExp(rules.navigation);
const NOTICE = new RegExp(rules.notice);
const CAPTION = new RegExp(rules.caption);
const SOURCE = new RegExp(rules.sourceField);
const SENTENCE_PUNCTUATION = /[,，。;；、!！?？]/;

/**
 * Reads one line as a web page shows it (spaces still in): bylines, dates, counters, navigation,
 * image files, notices and menu bars are furniture; photo captions and credits are captions.
 */
export function lineKind(line: string): LineKind {
  const body = line.trim();
  if (body.length === 0) return 'text';
  if (FIELD.test(body) || WHOLE.test(body) || IMAGE.test(body) || NAVIGATION.test(body) || NOTICE.test(body) || isMenuBar(body)) return 'furniture';
  if (CAPTION.test(body)) return 'caption';
  return 'text';
}

/** 首页 国内 时评 党建 …: many short words apart, no sentence in them. */
function isMenuBar(line: string): boolean {
  const tokens = line.split(/[\s|]+/).filter((token) => token.length > 0);
  return tokens.length >= rules.menuBar.minTokens && tokens.every((token) => token.length <= rules.menuBar.maxTokenLength) && !SENTENCE_PUNCTUATION.test(line);
}

/** The source a byline names (来源:上海嘉定), which tells whose report it is when no publisher was given. */
export function sourceOf(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const match = SOURCE.exec(line);
    if (match !== null) return match[1];
  }
  return undefined;
}
