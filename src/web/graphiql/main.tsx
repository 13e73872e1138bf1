import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
// The committed SDL (test/schema keeps it equal to what the server emits): GraphiQL completes and
// documents queries even where the service turns introspection off (KG_INTROSPECTION=false).
import sdl from '../../../schema/schema.graphql?raw';
import { ComponentProps, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const KEY_STORAGE = 'kg-api-key';

// The same endpoint and key as the explorer: a key typed there (kept in sessionStorage) is sent here too.
const fetcher: ComponentProps<typeof GraphiQL>['fetcher'] = async (params, options) => {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json', ...(options?.headers as Record<string, string> | undefined) };
  const key = sessionStorage.getItem(KEY_STORAGE);
  if (key && !headers.authorization) headers.authorization = `Bearer ${key}`;
  const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
  return response.json();
};

const DEFAULT_QUERY = `# 对口帮扶知识图谱: whom does 松江区 help, how, and on what evidence?
{
  entity(name: "松江区") {
    name
    pairings(direction: OUT) {
      modeLabel since until
      helped { name }
      evidence { sentence document { title } }
    }
  }
}
`;

const SCHEMA = buildSchema(sdl);

const root = document.getElementById('graphiql');
if (root) {
  root.textContent = '';
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} schema={SCHEMA} defaultQuery={DEFAULT_QUERY} />
    </StrictMode>,
  );
}
