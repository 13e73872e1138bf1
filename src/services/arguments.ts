import { BadUserInputError } from '../errors';

/**
 * Checks a client's integer argument against its bounds; BAD_USER_INPUT naming the argument,
 * the bounds, what came, and (in `hint`) how to get what was wanted otherwise.
 */
export function requireIntegerInRange(argumentName: string, value: number, max: number, hint = ''): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new BadUserInputError(`"${argumentName}" must be an integer from 1 to ${max}; got ${value}.${hint ? ` ${hint}` : ''}`, { argumentName });
  }
  return value;
}

// Control and format characters (NUL, escape sequences, bidi overrides) have no place in a name or a title.
const CONTROLS = /[\p{Cc}\p{Cf}]/gu;

/** A one-line text as a person would type it: control characters and runs of white space become one space. */
export function plainText(value: string): string {
  return value.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
}
