import * as OpenCC from 'opencc-js';

// Traditional (Taiwan, Hong Kong and OpenCC's own standard) to mainland simplified.
const fromTraditional = OpenCC.Converter({ from: 't', to: 'cn' });

/** The text in simplified characters, one character for one, so offsets stay those of the original. */
export function toSimplified(text: string): string {
  const converted = fromTraditional(text);
  if (converted.length === text.length) return converted;
  // A phrase conversion changed the length: convert character by character instead.
  return Array.from(text, (char) => (char.length === 1 ? (fromTraditional(char)[0] ?? char) : char)).join('');
}
