// The test server starts lazily, from the first integration suite (test-database.ts), so the
// unit tier never needs Java.
export default async function globalSetup(): Promise<void> {}
