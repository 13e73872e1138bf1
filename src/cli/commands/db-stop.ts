import { loadConfig } from '../../config';
import { stopLocalServer } from '../../neo4j/local-server';

/** Stops the project's local servers (the app's and the tests'); a server given by NEO4J_URI is not ours to stop. */
export async function run(): Promise<number> {
  const config = loadConfig();
  const homes = [config.neo4j.local.home, config.neo4j.local.home.replace(/main$/, 'test')];
  for (const home of [...new Set(homes)]) {
    console.log((await stopLocalServer(home)) ? `stopped the Neo4j server of ${home}` : `no Neo4j server running for ${home}`);
  }
  return 0;
}
