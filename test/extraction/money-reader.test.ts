import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import type { MoneyCandidate, MoneyModel } from '../../src/extraction/money-reader';
import { trainReaders, SILENT_MODEL } from '../../src/extraction/reader-training';
import { readTrainingReports } from '../../src/cli/commands/train-readers';
import { REVIEW_LIMITS, type FactSet } from '../../src/model';

/**
 * The learned money reader (src/extraction/money-reader.ts): which givers of which amounts it
 * weighs, what it reads of the amounts no rule read, and that the weights shipped are what
 * training on the development reports gives. The sentences are our own.
 */
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

const GENRE = path.join(__dirname, '..', 'fixtures', 'genre');
const MODEL_FILE = path.join(__dirname, '..', '..', 'src', 'extraction', 'rules', 'money-model.json');
const MONEY = new Set(['FUNDS', 'DONATES_TO', 'INVESTS_IN']);

function read(text: string, moneyModel?: MoneyModel): { facts: FactSet; weighed: MoneyCandidate[] } {
  const weighed: MoneyCandidate[] = [];
  const facts = extractFacts({ id: 't', title: 't', text, publishedAt: '2024' }, gazetteer, { ...(moneyModel ? { moneyModel } : {}), onMoneyCandidates: (c) => weighed.push(...c) });
  return { facts, weighed };
}
const nameOf = (f: FactSet, ref: string): string => f.entities.find((e) => e.ref === ref)?.name ?? ref;
const giversOf = (w: MoneyCandidate[], f: FactSet): string[] => w.map((c) => `${nameOf(f, c.giver.ref)}:${c.amount.amountWan}`);
const money = (f: FactSet) => f.relations.filter((r) => MONEY.has(r.type));

/** A sentence the rules leave: the amount's clause names no giver and no cue right before it. */
const UNREAD = '对口帮扶以来,宝山区全力帮助师宗县发展产业:2018年对口帮扶援滇项目资金1200万元,用于柠檬等4个项目。';

describe('the givers it weighs', () => {
  it('the helper nearest before an amount, whatever the rules read', () => {
    const { facts, weighed } = read('2019年,闵行区与香格里拉市结对,闵行区累计投入资金超3.5亿元。', SILENT_MODEL);
    expect(giversOf(weighed, facts)).toEqual(['闵行区:35000']);
    expect(weighed[0].features).toEqual(expect.arrayContaining(['giver:begins-clause', 'clause:投入', 'unit:亿']));
  });

  it('no amount of income, price or sales, and no total the sentence splits by source (其中)', () => {
    expect(read('嘉定区帮扶后,双柏县农户人均收入达到1.2万元。', SILENT_MODEL).weighed).toEqual([]);
    expect(read('上海市、嘉定区先后向双柏县投入帮扶资金1405万元,其中市级统筹专项资金1223万元。', SILENT_MODEL).weighed).toEqual([]);
  });

  it('no item of a list: the share of each is unknown (…、光明森源等一批企业到当地投资)', () => {
    const { facts, weighed } = read('奉贤区引入奉贤交能集团、光明森源等一批企业到大理州投资,投资金额近4亿元。', SILENT_MODEL);
    expect(giversOf(weighed, facts).some((g) => g.startsWith('光明森源') || g.startsWith('奉贤交能集团'))).toBe(false);
  });
});

describe('what it reads', () => {
  it('an amount no rule read, given by the helper it scores highest, trusted below review (its probability times 0.7)', () => {
    const found = money(read(UNREAD).facts);
    expect(found.map((r) => ({ from: r.from, to: r.to, amountWan: r.properties?.amountWan, construction: r.construction }))).toEqual([
      { from: 'area:310113', to: 'area:530323', amountWan: 1200, construction: 'learned-money' },
    ]);
    expect(found[0].confidence).toBeGreaterThanOrEqual(0.7 * 0.7);
    expect(found[0].confidence).toBeLessThan(REVIEW_LIMITS.confidenceBelow);
  });

  it('nothing a rule read: it only fills in what the rules leave', () => {
    const found = money(read('2019年,闵行区与香格里拉市结对,闵行区累计投入资金超3.5亿元。').facts);
    expect(found.map((r) => r.construction)).toEqual(['relation-rule']);
  });

  it('what scores at its threshold or above, nothing below', () => {
    const even = (threshold: number): MoneyModel => ({ bias: 0, weights: {}, threshold });
    expect(money(read(UNREAD, even(0.6)).facts)).toEqual([]);
    expect(money(read(UNREAD, even(0.5)).facts).map((r) => r.confidence)).toEqual([0.35]);
  });
});

it('the weights shipped are what `kg train-readers --write` trains from the development reports (run it after changing a rule)', async () => {
  const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as MoneyModel;
  const reports = await readTrainingReports(GENRE, gazetteer);
  expect(reports.some((r) => r.gold.document.id.startsWith('z48'))).toBe(false);
  expect(trainReaders(reports, { pairing: 0.5, money: shipped.threshold }).money).toEqual(shipped);
}, 120_000);
