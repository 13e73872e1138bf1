import { Gazetteer } from '../../src/gazetteer/gazetteer';
import { extractFacts } from '../../src/extraction/extract-facts';
import { evaluate, score } from '../../src/extraction/evaluation';
import { evaluateReport, sumScores } from '../../src/extraction/report-evaluation';
import { readGold } from '../support/gold';
import { GENRE_DIR, readGenreFixtures } from '../support/genre';

/**
 * What extraction scores must not fall below (npm run eval prints them in full): the shipped
 * corpus as it scored before the genre rules were written, and the development reports of the
 * genre. The held-out reports are not here: they are scored by `npm run eval` only.
 */
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await Gazetteer.load({ villages: true });
}, 60_000);

it('the shipped corpus scores what it scored before the genre rules: precision 1.0, recall 0.984 (without corrections)', () => {
  const reports = readGold().map(({ meta, text, facts }) => {
    return evaluate(extractFacts({ id: meta.id, title: meta.title, text, publisher: meta.publisher, publishedAt: meta.publishedAt }, gazetteer), facts, gazetteer).overall;
  });
  const total = reports.reduce((acc, s) => score(acc.tp + s.tp, acc.fp + s.fp, acc.fn + s.fn), score(0, 0, 0));
  expect(total.precision).toBe(1);
  expect(total.recall).toBeGreaterThanOrEqual(0.984);
});

interface Floors {
  areas: number;
  organizations: number;
  pairings: number;
  pairingPrecision: number;
  money: number;
}

/** The scores of the development reports whose file names start with one of `rounds` (a…d: round 1, e…f: round 2, g…h: round 3, i…l: round 4, m…p: round 5, q…t: round 6, u…y: round 7, z01…z20: round 8, z21…z40: round 9, z41…z60: round 10, z61…z80: round 11, z81…z100: round 12, z101…z120: round 13, z121…z140: round 14, z141…z160: round 15). */
function scoreRound(rounds: RegExp): ReturnType<typeof sumScores> {
  const scores = readGenreFixtures([GENRE_DIR])
    .filter(({ file }) => rounds.test(file))
    .map(({ gold, text }) => {
      const { id, title, publisher, publishedAt } = gold.document;
      return evaluateReport(extractFacts({ id, title, text, publisher, publishedAt }, gazetteer), gold);
    });
  expect(scores.length).toBeGreaterThan(0);
  return sumScores(scores);
}

function expectFloors(all: ReturnType<typeof sumScores>, floors: Floors): void {
  expect(all.areas.recall).toBeGreaterThanOrEqual(floors.areas);
  expect(all.organizations.recall).toBeGreaterThanOrEqual(floors.organizations);
  expect(all.pairings.recall).toBeGreaterThanOrEqual(floors.pairings);
  expect(all.pairings.precision).toBeGreaterThanOrEqual(floors.pairingPrecision);
  expect(all.money.recall).toBeGreaterThanOrEqual(floors.money);
}

it('the development reports of round 1 keep their scores', () => {
  expectFloors(scoreRound(/^[a-d]\d/), { areas: 0.95, organizations: 0.9, pairings: 0.9, pairingPrecision: 0.95, money: 0.85 });
});

// Round 2's floors are what its development reports reached when their tuning ended; its organisations
// missed are county bodies written as 县纪委, 县政府办 (see test/fixtures/genre/README.md).
it('the development reports of round 2 keep their scores', () => {
  expectFloors(scoreRound(/^[e-f]\d/), { areas: 0.95, organizations: 0.7, pairings: 0.9, pairingPrecision: 0.95, money: 0.8 });
});

// Round 3's twelve joined the development set after its held-out six were scored; their floors are
// what they reached when this round's tuning ended (test/fixtures/genre/README.md, Rounds).
it('the development reports of round 3 keep their scores', () => {
  expectFloors(scoreRound(/^[g-h]\d/), { areas: 0.95, organizations: 0.85, pairings: 0.8, pairingPrecision: 0.85, money: 0.7 });
});

// Organisations of rounds 4 to 6: their floors rose when outlets, the centre's bodies and more heads
// were read (test/fixtures/genre/README.md, Rounds: after round 6).

// Round 4's fifteen development reports, when this round's tuning ended (first score, all twenty:
// pairings 38 % recall; test/fixtures/genre/round4-first-score.txt).
it('the development reports of round 4 keep their scores', () => {
  expectFloors(scoreRound(/^[i-l]\d/), { areas: 0.93, organizations: 0.84, pairings: 0.7, pairingPrecision: 0.95, money: 0.65 });
});

// Round 5's fifteen development reports, when its tuning ended (first score, all twenty: pairings
// 41 %, the same with round 4's extractor; test/fixtures/genre/round5-first-score.txt).
it('the development reports of round 5 keep their scores', () => {
  expectFloors(scoreRound(/^[m-p]\d/), { areas: 0.95, organizations: 0.7, pairings: 0.7, pairingPrecision: 0.95, money: 0.5 });
});

// Round 6's fifteen development reports, when its tuning ended (first score, all twenty: pairings
// 45 %, the same with the extractors of rounds 4 and 5; test/fixtures/genre/round6-first-score.txt).
it('the development reports of round 6 keep their scores', () => {
  expectFloors(scoreRound(/^[q-t]\d/), { areas: 0.95, organizations: 0.78, pairings: 0.45, pairingPrecision: 0.95, money: 0.35 });
});

// Round 7's eighteen development reports, when its tuning ended (first score, all twenty-four:
// pairings 36 % with the rules alone, 59 % with the learned reader trained on the rounds before;
// test/fixtures/genre/round7-first-score.txt). Its seven false pairings: a machine-reworded page
// writing 保山 for 宝山 (three), villages paired with the city that helps their county (two), and
// two that constructions read in y02 (上海市 with 昆明, 卫生部 with 云南). Its pairings reached 24 of
// 31; the learned reader's pairings near its threshold move by one or two each time it is
// retrained on a new round, so the floor leaves it that room.
it('the development reports of round 7 keep their scores', () => {
  expectFloors(scoreRound(/^[u-y]\d/), { areas: 0.95, organizations: 0.8, pairings: 0.7, pairingPrecision: 0.75, money: 0.7 });
});

// Round 8's fifteen development reports, when its tuning ended (first score, all twenty: pairings
// 61 % with the rules alone, 71 % with the learned reader trained on rounds 1 to 7;
// test/fixtures/genre/round8-first-score.txt).
it('the development reports of round 8 keep their scores', () => {
  expectFloors(scoreRound(/^z(0\d|1\d|20)-/), { areas: 0.95, organizations: 0.85, pairings: 0.75, pairingPrecision: 0.85, money: 0.5 });
});

// Round 9's fifteen development reports, when its tuning ended (first score, all twenty: pairings
// 51 % with the rules alone, 57 % with the learned reader trained on rounds 1 to 8, which also
// added eight false ones; test/fixtures/genre/round9-first-score.txt).
it('the development reports of round 9 keep their scores', () => {
  expectFloors(scoreRound(/^z(2\d|3\d|40)-/), { areas: 0.9, organizations: 0.6, pairings: 0.5, pairingPrecision: 0.75, money: 0.35 });
});

// Round 10's fifteen development reports, when its tuning ended (first score, all twenty: pairings
// 68 % with the rules alone, 70 % with the learned reader trained on rounds 1 to 9;
// test/fixtures/genre/round10-first-score.txt).
it('the development reports of round 10 keep their scores', () => {
  expectFloors(scoreRound(/^z(4[1-9]|5\d|60)-/), { areas: 0.9, organizations: 0.75, pairings: 0.75, pairingPrecision: 0.85, money: 0.65 });
});

// Round 11's fifteen development reports, when its tuning ended (first score, all twenty: pairings
// 46 % with the rules alone, 51 % with the learned readers trained on rounds 1 to 10; money 27 %;
// test/fixtures/genre/round11-first-score.txt).
it('the development reports of round 11 keep their scores', () => {
  expectFloors(scoreRound(/^z(6[1-9]|7\d|80)-/), { areas: 0.9, organizations: 0.75, pairings: 0.45, pairingPrecision: 0.85, money: 0.45 });
});

// Round 12's fifteen development reports, when its tuning ended (first score, all twenty: pairings
// 48 % with the rules alone and 58 % with the learned readers, at precision 53 %; organisations
// 48 %; test/fixtures/genre/round12-first-score.txt).
it('the development reports of round 12 keep their scores', () => {
  expectFloors(scoreRound(/^z(8[1-9]|9\d|100)-/), { areas: 0.9, organizations: 0.6, pairings: 0.6, pairingPrecision: 0.65, money: 0.5 });
});

it('the development reports of round 13 keep their scores', () => {
  expectFloors(scoreRound(/^z(10[1-9]|11\d|120)-/), { areas: 0.85, organizations: 0.7, pairings: 0.6, pairingPrecision: 0.7, money: 0.45 });
});

it('the development reports of round 14 keep their scores', () => {
  expectFloors(scoreRound(/^z(12[1-9]|13\d|140)-/), { areas: 0.9, organizations: 0.65, pairings: 0.55, pairingPrecision: 0.65, money: 0.65 });
});

it('the development reports of round 15 (not tuned on yet) keep their scores', () => {
  expectFloors(scoreRound(/^z(14[1-9]|15\d|160)-/), { areas: 0.8, organizations: 0.55, pairings: 0.55, pairingPrecision: 0.7, money: 0.3 });
});
