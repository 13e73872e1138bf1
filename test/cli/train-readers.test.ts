import { run } from '../../src/cli/commands/train-readers';

/** `kg train-readers`: a threshold outside (0, 1) or an argument it does not know is the user's mistake, said plainly before any work. */
describe('kg train-readers', () => {
  let errors: string[];
  let spy: jest.SpyInstance;
  beforeEach(() => {
    errors = [];
    spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  });
  afterEach(() => spy.mockRestore());

  it.each([
    [['--pairing-threshold', '1.5'], '--pairing-threshold needs a number between 0 and 1'],
    [['--money-threshold', 'high'], '--money-threshold needs a number between 0 and 1'],
    [['--money-threshold'], '--money-threshold needs a number between 0 and 1'],
    [['--threshold', '0.5'], 'unknown argument --threshold'],
    [['--folds', '8'], 'unknown argument --folds'],
  ])('%j: exit 2, saying %s', async (args, message) => {
    expect(await run(args)).toBe(2);
    expect(errors.join('\n')).toContain(`kg train-readers: ${message}`);
    expect(errors.join('\n')).toContain('Usage: kg train-readers');
  });
});
