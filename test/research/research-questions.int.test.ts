import { startTestApp, TestApp } from '../support/test-app';
import { Category, MINIMUM_PER_CATEGORY, questions } from './questions';

// One graph for every question. They run one after another: run side by side, the slower list
// and path queries hit the database's 5 s limit (QUERY_TIMEOUT).
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ corpus: true });
}, 300_000);
afterAll(() => t?.close());

describe('research questions over the corpus graph', () => {
  it('asks at least 40 questions, enough of each kind, each id once', () => {
    const counts = questions.reduce<Record<string, number>>((acc, q) => ({ ...acc, [q.category]: (acc[q.category] ?? 0) + 1 }), {});
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const [category, minimum] of Object.entries(MINIMUM_PER_CATEGORY) as [Category, number][]) {
      expect({ category, atLeast: (counts[category] ?? 0) >= minimum }).toEqual({ category, atLeast: true });
    }
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  for (const question of questions) {
    // A known gap is a question the API answers otherwise than the documents: it must still fail,
    // so the day the API gets it right the gap is noticed and removed.
    const run = question.knownGap ? it.failing : it;
    const title = `${question.id} ${question.question}${question.knownGap ? ` [known gap: ${question.knownGap}]` : ''}`;
    run(title, async () => {
      const result = await t.gql(question.query, question.variables);
      if (question.category !== 'error') expect(result.errors).toBeUndefined();
      expect(question.pick(result)).toEqual(question.expected);
    });
  }
});
