import type { PropertyValue } from '../model';
import { qualifierOf } from './money';
import { findAmounts } from './numbers';
import type { ProjectMention } from './projects';
import rules from './rules/project-figures.json';

const INVESTMENT = new RegExp(rules.investment);
const AREA = new RegExp(rules.area);
const OUTPUT = new RegExp(rules.output);
const HOUSEHOLDS = new RegExp(rules.households);
const PEOPLE = new RegExp(rules.people);
const POOR = new RegExp(rules.poorPeople);
const PER_UNIT = rules.areaPerUnit as Record<string, number>;
const QUALIFIER_OF_WORD: Record<string, string> = { 约: 'approximate', 近: 'approximate', 超过: 'lowerBound', 余: 'lowerBound', 多: 'lowerBound' };

/**
 * Stage figures: a project's own figures as typed properties — total investment (amountWan), floor
 * or land area (areaM2), output (outputValue and outputUnit, with the words as written), the
 * households and people it reaches — each with its qualifier (approximate, lowerBound) where the
 * report writes one. Read from the text after the project's name, up to the next project.
 */
export function projectFigures(text: string, project: ProjectMention, until: number): Record<string, PropertyValue> {
  const end = Math.min(until, sentenceEnd(text, project.end));
  const after = text.slice(project.end, end);
  const figures: Record<string, PropertyValue> = {};
  const amount = findAmounts(text.slice(0, end)).find((a) => a.start >= project.end && INVESTMENT.test(text.slice(Math.max(project.end, a.start - 8), a.start)));
  if (amount !== undefined) {
    Object.assign(figures, { amountWan: amount.amountWan, amountText: amount.amountText });
    qualify(figures, 'amount', qualifierOf(text, amount));
  }
  const area = AREA.exec(after);
  if (area !== null) {
    Object.assign(figures, { areaM2: Math.round(Number(area[3]) * PER_UNIT[area[5]]), areaText: area[0].slice(area[1].length) });
    qualify(figures, 'area', QUALIFIER_OF_WORD[area[2] ?? area[4] ?? '']);
  }
  const output = OUTPUT.exec(after);
  if (output !== null) {
    Object.assign(figures, { output: output[0], outputValue: Number(output[3]) * (output[5] === '万' ? 1e4 : output[5] === '亿' ? 1e8 : 1), outputUnit: output[6] });
    qualify(figures, 'output', QUALIFIER_OF_WORD[output[2] ?? output[4] ?? '']);
  }
  const households = HOUSEHOLDS.exec(after);
  if (households !== null) {
    figures.households = Number(households[2]);
    qualify(figures, 'households', QUALIFIER_OF_WORD[households[3] ?? '']);
  }
  const people = PEOPLE.exec(after);
  if (people !== null) {
    figures.people = Number(people[2]);
    qualify(figures, 'people', QUALIFIER_OF_WORD[people[3] ?? '']);
  }
  const poor = POOR.exec(after);
  if (poor !== null) figures.poorPeople = Number(poor[1] ?? poor[4]);
  return figures;
}

function qualify(figures: Record<string, PropertyValue>, field: string, qualifier: string | undefined): void {
  if (qualifier !== undefined) figures[`${field}Qualifier`] = qualifier;
}

function sentenceEnd(text: string, from: number): number {
  const stop = /[。;!?]/.exec(text.slice(from));
  return stop === null ? text.length : from + stop.index;
}
