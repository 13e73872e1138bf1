#!/usr/bin/env node
import '../production-mode';
import 'reflect-metadata';

/** `kg <command> [args]`: each command lives in ./commands/<command>.ts and exports `run(args)`. */
const COMMANDS: Record<string, string> = {
  'db-start': 'Provision and start the local Neo4j server (no-op when NEO4J_URI is set).',
  'db-stop': 'Stop the local Neo4j server this project started.',
  'emit-schema': 'Write the GraphQL SDL to schema/schema.graphql.',
  ingest: 'Ingest report files: kg ingest FILE… (text files, UTF-8).',
  'load-gazetteer': "Load all of China's administrative areas into Neo4j.",
  eval: 'Precision and recall of extraction against the gold facts.',
  'train-readers': 'Train the learned pairing and money readers on the development reports and cross-validate them.',
  keys: 'API keys: kg keys create --role editor --name TEXT | list | revoke KEY_ID.',
  audit: 'The audit log of writes: kg audit [--document ID] [--first N].',
  export: 'Export the graph or a selection: kg export --format graphml|csv|jsonld [--district NAME] [--out FILE].',
};

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === '-h' || !(command in COMMANDS)) {
    if (command && !(command in COMMANDS) && command !== '--help' && command !== '-h') console.error(`Unknown command "${command}".\n`);
    console.error('Usage: kg <command> [args]\n');
    for (const [name, summary] of Object.entries(COMMANDS)) console.error(`  ${name.padEnd(16)} ${summary}`);
    return command && command !== '--help' && command !== '-h' ? 2 : 0;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const module = require(`./commands/${command}`) as { run(args: string[]): Promise<number> };
  return module.run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
