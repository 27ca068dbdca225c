# syntax=docker/dockerfile:1
# The api, the worker, the gateway and the example orders subgraph (same image, different command; see
# docker-compose.yml). Node 24 runs the TypeScript sources directly (type stripping): there is no compile step, only
# the web inbox build.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# `npm install` only if `npm ci` rejects the lockfile (it lacks other platforms' optional @swc/core-* entries when it
# was written against a registry mirror that does not serve them); it still installs the locked versions.
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund || npm install --no-audit --no-fund
COPY . .
RUN npx vite build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
# DATA_DIR (default /app/.data) must be writable by the unprivileged user; everything else stays read-only to it.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
CMD ["node", "api/src/main.ts"]
