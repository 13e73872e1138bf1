import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
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

const root = document.getElementById('graphiql');
if (root) {
  root.textContent = '';
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
    </StrictMode>,
  );
}
