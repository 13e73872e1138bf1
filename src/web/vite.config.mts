import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

// The explorer (index.html) and GraphiQL (graphiql.html), built into dist/web, which the service
// serves at / and /graphiql (src/http/web.route.ts). Everything is bundled: no CDN at run time.
export default defineConfig({
  root: __dirname,
  base: '/',
  publicDir: path.join(__dirname, 'public'),
  build: {
    outDir: path.resolve(__dirname, '../../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { index: path.join(__dirname, 'index.html'), graphiql: path.join(__dirname, 'graphiql.html') },
      // GraphiQL's React dependencies mark modules "use client", which means nothing outside a server-rendering framework.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
