import { emitSchemaFile } from '../../graphql/schema';

export async function run(): Promise<number> {
  console.log(`wrote ${await emitSchemaFile()}`);
  return 0;
}
