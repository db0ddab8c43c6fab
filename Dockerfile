# Production image: NODE_ENV=production (introspection and suggestions off, demo passwords refused).
# On an empty database ADMIN_PASSWORD creates the administrator "admin"; DEMO_DATA=on loads the demo story.
# the current Node LTS; CI proves the code on Node 20.19 too (package.json engines)
FROM node:24-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 compiles from source where no prebuilt binary can be fetched
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 DATA_DIR=/var/lib/serviceledger
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# /app is root's and read-only to the app; what it writes goes to DATA_DIR, a volume the user node owns
RUN mkdir -p /var/lib/serviceledger && chown node:node /var/lib/serviceledger
VOLUME /var/lib/serviceledger
USER node
EXPOSE 4000
HEALTHCHECK --interval=5s --timeout=3s --retries=5 --start-period=60s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# V8 flags as in bench/node-flags.ts (a young generation a page's objects die in)
CMD ["node", "--max-semi-space-size=32", "dist/server/src/main.js"]
