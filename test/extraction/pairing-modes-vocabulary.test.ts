import { PAIRING_MODE_VALUES } from '../../src/model';
import pairing from '../../src/extraction/rules/pairing.json';
import constructions from '../../src/extraction/rules/pairing-constructions.json';

describe('the modes extraction writes', () => {
  it('are all modes of the model, so the API can name every pairing it stores', () => {
    const written = [
      ...pairing.proseModes.map(([, mode]) => mode),
      ...pairing.institutionModes.map(([, mode]) => mode),
      ...(constructions.modesByKinds as string[][]).map(([, , mode]) => mode),
      pairing.defaultMode,
    ];
    expect(written.filter((mode) => !(PAIRING_MODE_VALUES as string[]).includes(mode))).toEqual([]);
  });
});
