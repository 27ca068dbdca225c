import { createRequire } from 'node:module';
import { dirname } from 'node:path';

// GraphiQL from local npm packages (these machines have no CDN): its UMD build with React 18.
const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export const graphiqlVendorFiles: Record<string, { dir: string; path: string }> = {
  'react.js': { dir: packageDir('react'), path: 'umd/react.production.min.js' },
  'react-dom.js': { dir: packageDir('react-dom'), path: 'umd/react-dom.production.min.js' },
  'graphiql.js': { dir: packageDir('graphiql'), path: 'graphiql.min.js' },
  'graphiql.css': { dir: packageDir('graphiql'), path: 'graphiql.min.css' },
  'graphql-ws.js': { dir: packageDir('graphql-ws'), path: 'umd/graphql-ws.min.js' },
};

export const graphiqlPage = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>GraphiQL · Inbox API</title>
  <link rel="stylesheet" href="/graphiql/vendor/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
  <div id="graphiql">Loading…</div>
  <script src="/graphiql/vendor/react.js"></script>
  <script src="/graphiql/vendor/react-dom.js"></script>
  <script src="/graphiql/vendor/graphql-ws.js"></script>
  <script src="/graphiql/vendor/graphiql.js"></script>
  <script>
    // The Authorization header typed in the Headers tab also authenticates subscriptions.
    const headers = () => { try { return JSON.parse(localStorage.getItem('graphiql:headers') || '{}'); } catch { return {}; } };
    const wsUrl = location.origin.replace(/^http/, 'ws') + '/graphql';
    const fetcher = GraphiQL.createFetcher({
      url: '/graphql',
      wsClient: graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: () => ({ authorization: headers().Authorization || headers().authorization }) }),
    });
    const defaultQuery = '# Log in with the login mutation, then put {"Authorization": "Bearer <token>"} in Headers\\n'
      + '# and re-fetch the schema (the button under the docs icon): the docs and suggestions are for signed-in callers.\\n'
      + 'mutation Login {\\n  login(input: { email: "owner@demo.test", password: "demo-owner" }) {\\n    token\\n    userErrors { message }\\n  }\\n}\\n\\n'
      + 'query Inbox {\\n  me { project { name } operator { name role } }\\n  conversations(first: 10) {\\n    edges { node { id unreadCount client { name } lastMessage { text status } } }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, shouldPersistHeaders: true, isHeadersEditorEnabled: true }),
    );
  </script>
</body>
</html>`;
