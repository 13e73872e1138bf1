import type { Party } from './sentence-view';

/** What the learned readers weigh of a party: its kind, with an area's level or a body's label (area:County, org:School). */
export const kindOf = (p: Party): string => `${p.kind}:${p.kind === 'area' ? p.level ?? '?' : p.label ?? '?'}`;

/** A number as the first of the bounds it does not exceed (distances 2, 5, 10 …), or beyond the last. */
export const bucket = (n: number, bounds: number[]): string => String(bounds.find((b) => n <= b) ?? `>${bounds[bounds.length - 1]}`);
