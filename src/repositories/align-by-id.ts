/** Groups `rows` (each with an `id` column) by id, aligned with `ids`: what a DataLoader batch returns. */
export function alignById<T>(ids: readonly string[], rows: Record<string, unknown>[], column: string): T[][] {
  const byId = new Map(rows.map((row) => [row.id as string, row[column] as T[]]));
  return ids.map((id) => byId.get(id) ?? []);
}
