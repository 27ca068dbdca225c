import { fileURLToPath } from 'node:url';
import { defineConfig, type Connect, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';

const web = (file: string) => fileURLToPath(new URL(`./web/${file}`, import.meta.url));

// The api server maps `/widget/<publicKey>` to widget.html; do the same in `vite dev` and `vite preview`.
const widgetRoute = (): Plugin => {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    if (req.url && /^\/widget\/[^/?]+\/?(\?.*)?$/.test(req.url)) {
      const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?')) : '';
      req.url = `/widget.html${query}`;
    }
    next();
  };
  return {
    name: 'widget-route',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
};

const apiProxy = { '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: true } };

export default defineConfig({
  root: web(''),
  base: '/',
  plugins: [solid(), widgetRoute()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { inbox: web('index.html'), widget: web('widget.html') },
    },
  },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
});
