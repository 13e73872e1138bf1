import { openCliApp } from '../open-app';

const USAGE = 'Usage: kg audit [--document DOCUMENT_ID] [--first N]   writes to the graph, newest first';

/** `kg audit`: the audit log as a person reads it. */
export async function run(args: string[]): Promise<number> {
  let documentId: string | null = null;
  let first = 50;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--document') documentId = args[++i] ?? null;
    else if (args[i] === '--first') first = Number(args[++i]);
    else {
      console.error(USAGE);
      return 2;
    }
  }
  const { app, close } = await openCliApp();
  try {
    for (const entry of await app.services.audit.entries({ documentId, first })) {
      const what = entry.documentId ? ` ${entry.documentId} «${entry.title ?? ''}»` : '';
      console.log(`${entry.at}  ${entry.action.padEnd(10)} ${entry.actor}${what}: ${entry.changes.join(', ')}${entry.restorable ? `  [restorable: ${entry.id}]` : ''}`);
    }
    return 0;
  } finally {
    await close();
  }
}
