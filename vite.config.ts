/**
 * The demo server (`npm start`): serves the project root so demo pages can load `src/` and `data/`, and sends
 * `/` to `/demo/`. `npm start` builds `dist/` first (scripts/build.mjs --dist): the configurator's snippets
 * load the bundles from there.
 */
import { defineConfig, type Plugin } from 'vite';

const demoHome: Plugin = {
  name: 'netreach-demo-home',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url === '/' || request.url === '/index.html') {
        response.statusCode = 302;
        response.setHeader('Location', '/demo/');
        response.end();
        return;
      }
      next();
    });
  },
};

export default defineConfig({
  // Several pages, no client-side routing: a missing page is a 404, not the home page.
  appType: 'mpa',
  publicDir: false,
  plugins: [demoHome],
  server: { host: '127.0.0.1', port: 5173, open: false },
  esbuild: { target: 'es2021' },
});
