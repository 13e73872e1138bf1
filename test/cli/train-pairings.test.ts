import { run } from '../../src/cli/commands/train-pairings';

/** `kg train-pairings`: a threshold outside (0, 1) or an argument it does not know is the user's mistake, said plainly before any work. */
describe('kg train-pairings', () => {
  let errors: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    errors = [];
    spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  });
  afterEach(() => spy.mockRestore());

  it.each([
    [['--threshold', '1.5'], '--threshold needs a number between 0 and 1'],
    [['--threshold', 'high'], '--threshold needs a number between 0 and 1'],
    [['--folds', '8'], 'unknown argument --folds'],
  ])('%j: exit 2, saying %s', async (args, message) => {
    expect(await run(args)).toBe(2);
    expect(errors.join('\n')).toContain(`kg train-pairings: ${message}`);
    expect(errors.join('\n')).toContain('Usage: kg train-pairings');
  });
});
