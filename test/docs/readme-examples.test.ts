import fs from 'node:fs';
import path from 'node:path';
import { parse, validate } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { createSchema } from '../../src/graphql/schema';

const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);

describe('the README', () => {
  it('has GraphQL examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example) => [example.split('\n').find((line) => line.trim())!.trim(), example]))(
    'shows a valid operation: %s',
    async (_first, example) => {
      const errors = validate(await createSchema(), parse(example)).map((error) => error.message);
      expect(errors).toEqual([]);
    },
  );
});
