// Suites that load the national gazetteer (665k areas) run last (by path: the load itself, then
// the suites that read a loaded graph, such as services/references): every other suite empties the
// test graph first, and emptying a national graph each time would cost minutes.
const Sequencer = require('@jest/test-sequencer').default;

const NATIONAL = /(search\.int|references\.int|explorer-national\.int|national-gazetteer\.int)\.test\.ts$/;

class NationalLastSequencer extends Sequencer {
  sort(tests) {
    const byPath = [...tests].sort((a, b) => a.path.localeCompare(b.path));
    return [...byPath.filter((t) => !NATIONAL.test(t.path)), ...byPath.filter((t) => NATIONAL.test(t.path))];
  }
}

module.exports = NationalLastSequencer;
