import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import { probability, trainLogistic, type Example } from '../../src/extraction/logistic';
import type { PairCandidate, PairingModel } from '../../src/extraction/pairing-reader';
import { trainReaders, SILENT_MODEL } from '../../src/extraction/reader-training';
import { readTrainingReports } from '../../src/cli/commands/train-readers';
import { REVIEW_LIMITS, type FactSet } from '../../src/model';

/**
 * The learned pairing reader (src/extraction/pairing-reader.ts): what it weighs, what it reads
 * where no construction read a sentence, and that the weights shipped are what training on the
 * development reports gives.
 */
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

const GENRE = path.join(__dirname, '..', 'fixtures', 'genre');
const MODEL_FILE = path.join(__dirname, '..', '..', 'src', 'extraction', 'rules', 'pairing-model.json');

function read(text: string, pairingModel?: PairingModel): { facts: FactSet; weighed: PairCandidate[] } {
  const weighed: PairCandidate[] = [];
  const facts = extractFacts({ id: 't', title: 't', text, publishedAt: '2024' }, gazetteer, { ...(pairingModel ? { pairingModel } : {}), onPairCandidates: (c) => weighed.push(...c) });
  return { facts, weighed };
}
const nameOf = (f: FactSet, ref: string): string => f.entities.find((e) => e.ref === ref)?.name ?? ref;
const pairsOf = (w: PairCandidate[], f: FactSet): string[] => w.map((c) => `${nameOf(f, c.from.ref)}>${nameOf(f, c.to.ref)}`);
const pairings = (f: FactSet) => f.relations.filter((r) => r.type === 'PAIRS_WITH');

describe('logistic regression', () => {
  const examples: Example[] = [
    ...Array.from({ length: 30 }, () => ({ features: ['cue', 'near'], positive: true })),
    ...Array.from({ length: 30 }, () => ({ features: ['near'], positive: false })),
    ...Array.from({ length: 30 }, () => ({ features: ['cue', 'visit'], positive: false })),
  ];

  it('learns which features make a case, and gives the same weights for the same examples', () => {
    const weights = trainLogistic(examples);
    const model = { ...weights, threshold: 0.5 };
    // Each of the three kinds of example on its side of 0.5, the case well apart from the others.
    expect(probability(model, ['cue', 'near'])).toBeGreaterThan(0.6);
    expect(probability(model, ['near'])).toBeLessThan(0.4);
    expect(probability(model, ['cue', 'visit'])).toBeLessThan(0.4);
    expect(trainLogistic(examples)).toEqual(weights);
  });
});

describe('the pairs it weighs', () => {
  it('each party of the helping side with each of the helped side, in a sentence with a cue of assistance', () => {
    const { facts, weighed } = read('本月初,楚雄州大姚县党政代表团抵达上海市嘉定区,汇报结对帮扶工作情况。', SILENT_MODEL);
    expect(pairsOf(weighed, facts)).toEqual(expect.arrayContaining(['嘉定区>大姚县']));
    expect(weighed.every((c) => c.features.includes('order:helped-first'))).toBe(true);
    expect(pairings(facts)).toEqual([]);
  });

  it('none in a sentence without a cue, with a cue only in a title or as a noun (帮扶资金)', () => {
    expect(read('普陀区代表团来到东川区参观。').weighed).toEqual([]);
    expect(read('普陀区干部谈到东川区时提起《关于开展对口帮扶工作的意见》。').weighed).toEqual([]);
    expect(read('普陀区累计向东川区投入帮扶资金2亿元。').weighed).toEqual([]);
  });

  it('in a sentence naming no helper, the district its report or section is about (helper:carried), and only there', () => {
    const weighed: PairCandidate[] = [];
    const text = '工作组前往双柏县对接结对帮扶工作。';
    const facts = extractFacts({ id: 't', title: 't', text, publisher: '上海市嘉定区人民政府合作交流办公室', publishedAt: '2024' }, gazetteer, { pairingModel: SILENT_MODEL, onPairCandidates: (c) => weighed.push(...c) });
    // 嘉定区 (310114) is named by no word of the sentence: the candidate stands at its start.
    expect(weighed.map((c) => `${c.from.ref}>${nameOf(facts, c.to.ref)}`)).toEqual(['area:310114>双柏县']);
    expect(weighed[0].features).toContain('helper:carried');
    // A report no district publishes, about no district: nobody to carry.
    expect(read(text, SILENT_MODEL).weighed).toEqual([]);
  });

  it('no district with a province, no dateline’s place and no body of the centre', () => {
    const twoPlaces = read('黄浦与云南虽相隔千里,两地人民在携手协作中结下友谊。');
    expect(pairsOf(twoPlaces.weighed, twoPlaces.facts)).toEqual([]);
    const dateline = read('中新网普洱11月8日电 今年正值沪滇帮扶20周年,来自上海的帮扶者在助力云南脱贫。');
    expect(dateline.facts.entities.map((e) => e.name)).toContain('普洱市');
    expect(pairsOf(dateline.weighed, dateline.facts).some((p) => p.endsWith('>普洱市'))).toBe(false);
    const central = read('外交部与金平县结对帮扶多年,上海市也对口帮扶金平县。');
    expect(pairsOf(central.weighed, central.facts).some((p) => p.startsWith('外交部>'))).toBe(false);
  });
});

describe('what it reads', () => {
  it('a pairing no construction reads, recorded as read by it, trusted below review (its probability times 0.7)', () => {
    const { facts } = read('本月初,楚雄州大姚县党政代表团抵达上海市嘉定区,汇报结对帮扶工作情况。');
    const found = pairings(facts).map((r) => ({ pair: `${nameOf(facts, r.from)}>${nameOf(facts, r.to)}`, construction: r.construction, confidence: r.confidence }));
    expect(found).toEqual([{ pair: '嘉定区>大姚县', construction: 'learned', confidence: expect.any(Number) }]);
    expect(found[0].confidence).toBeGreaterThanOrEqual(0.5 * 0.7);
    expect(found[0].confidence).toBeLessThan(REVIEW_LIMITS.confidenceBelow);
  });

  it('nothing a construction read: it only fills in what the rules leave', () => {
    const { facts } = read('2010年起,浦发银行先后与文山市平坝镇、德厚镇等结对。');
    expect(pairings(facts).map((r) => r.construction)).toEqual(['symmetric', 'symmetric']);
  });

  it('what scores at its threshold or above, nothing below', () => {
    const even = (threshold: number): PairingModel => ({ bias: 0, weights: {}, threshold });
    const text = '本月初,楚雄州大姚县党政代表团抵达上海市嘉定区,汇报结对帮扶工作情况。';
    expect(pairings(read(text, even(0.6)).facts)).toEqual([]);
    expect(pairings(read(text, even(0.5)).facts).map((r) => r.confidence)).toEqual([0.35]);
  });

  it('an enterprise named with a western place in brackets is of the helped side (绿赛可新材料(云南)有限公司)', () => {
    const { facts, weighed } = read('上海市与绿赛可新材料(云南)有限公司开展对口帮扶合作。', SILENT_MODEL);
    expect(pairsOf(weighed, facts)).toEqual(['上海市>绿赛可新材料(云南)有限公司']);
  });
});

it('the weights shipped are what `kg train-readers --write` trains from the development reports (run it after changing a rule)', async () => {
  const shipped = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as PairingModel;
  const reports = await readTrainingReports(GENRE, gazetteer);
  expect(reports.some((r) => r.gold.document.id.startsWith('u02'))).toBe(false);
  expect(trainReaders(reports, { pairing: shipped.threshold, money: 0.5 }).pairing).toEqual(shipped);
}, 120_000);
