/**
 * Which way imports may point (../shared/STYLE.md): http → graphql → services/loaders →
 * repositories → neo4j, services/ingestion → extraction → gazetteer, and http and cli →
 * export/ (the file formats, over plain records); every layer may import
 * model/, which imports nothing of ours. test/architecture/boundaries.test.ts runs these rules on
 * src/ (no violation allowed) and on a fixture tree that breaks each of them once.
 *
 * Paths are matched as `(^|/)src/<folder>/` so the same rules judge the fixture tree.
 */
const folder = (...names) => `(^|/)src/(${names.join('|')})/`;
const file = (...names) => `(^|/)src/(${names.join('|')})\\.ts$`;

/** A folder that may import only the folders listed (and model/ and the shared root modules). */
const onlyImports = (name, from, allowed, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: folder(from) },
  to: { path: '(^|/)src/', pathNot: [folder(from, 'model', ...allowed), file('errors', 'config', 'logger', 'metrics', 'production-mode')] },
});

module.exports = {
  forbidden: [
    {
      name: 'driver-only-in-neo4j',
      comment: 'Only neo4j/ talks to the database driver: every other layer works with plain values.',
      severity: 'error',
      from: { pathNot: folder('neo4j') },
      to: { path: '(^|/)node_modules/neo4j-driver(-core|-bolt-connection)?/' },
    },
    {
      name: 'graphql-only-in-api',
      comment: 'Only graphql/ and http/ use GraphQL (graphql, type-graphql, Apollo): services know nothing of the API.',
      severity: 'error',
      from: { pathNot: folder('graphql', 'http') },
      to: { path: '(^|/)node_modules/(graphql|type-graphql|@apollo/server|graphql-scalars)/' },
    },
    {
      name: 'api-layer-imported-only-by-http',
      comment: 'Nothing imports graphql/ but http/, the composition root (app.ts) and the SDL emitter.',
      severity: 'error',
      from: { pathNot: [folder('graphql', 'http'), file('app'), file('cli/commands/emit-schema')] },
      to: { path: folder('graphql') },
    },
    {
      name: 'model-imports-nothing-of-ours',
      comment: 'model/ is the vocabulary every layer shares; it depends on none of them.',
      severity: 'error',
      from: { path: folder('model') },
      to: { path: '(^|/)src/', pathNot: folder('model') },
    },
    {
      name: 'shared-modules-import-nothing-of-ours',
      comment: 'errors, config and logger are shared by every layer; they depend on none of them.',
      severity: 'error',
      from: { path: file('errors', 'config', 'logger', 'metrics') },
      to: { path: '(^|/)src/', pathNot: file('errors', 'config', 'logger', 'metrics') },
    },
    onlyImports('http-above-graphql', 'http', ['graphql', 'export'], 'http/ serves the GraphQL layer and the exports; it reaches services only through them.'),
    onlyImports('graphql-above-services', 'graphql', ['services', 'loaders'], 'Resolvers are thin: they call services and loaders, never repositories or the database.'),
    onlyImports('loaders-above-repositories', 'loaders', ['repositories'], 'Loaders batch repository calls; they know nothing of services or the API.'),
    onlyImports('services-above-repositories', 'services', ['repositories', 'extraction', 'gazetteer'], 'Use cases: no GraphQL, no driver; they reach the database through repositories.'),
    onlyImports('repositories-above-neo4j', 'repositories', ['neo4j'], 'Repositories turn named Cypher into plain records; they know nothing of use cases or extraction.'),
    onlyImports('extraction-above-gazetteer', 'extraction', ['gazetteer'], 'Extraction is pure: document in, facts out, names resolved with the gazetteer.'),
    onlyImports('gazetteer-at-the-bottom', 'gazetteer', [], 'The gazetteer is a lookup of official names; it depends on no other layer.'),
    onlyImports('export-formats-are-pure', 'export', [], 'export/ writes plain records as GraphML, CSV or JSON-LD to a stream; it reads no database and calls no service.'),
    onlyImports('neo4j-at-the-bottom', 'neo4j', [], 'neo4j/ runs statements and provisions the server; it knows nothing of what the statements mean.'),
    {
      name: 'extraction-does-no-io',
      comment: 'Extraction is pure functions: no files, processes or network.',
      severity: 'error',
      from: { path: folder('extraction') },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|child_process|net|http|https|dgram|worker_threads)(/|$)' },
    },
    {
      name: 'no-circular',
      comment: 'A cycle means two modules cannot be understood apart.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)src/web/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['require', 'node', 'default'] },
  },
};
