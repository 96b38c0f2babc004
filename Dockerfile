# PazarGraph services, one image: `docker run … pazargraph node dist/<service>.js`
# (gateway, stores, orders, pazarama, beymen, or `sandbox.js pazarama|beymen`).
# Build stage: every dependency, then `npm run build` (esbuild bundles the TypeScript into dist/).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY schema/package.json schema/
COPY runtime/package.json runtime/
COPY db/package.json db/
COPY sandbox/package.json sandbox/
COPY subgraphs/pazarama/package.json subgraphs/pazarama/
COPY subgraphs/beymen/package.json subgraphs/beymen/
COPY subgraphs/stores/package.json subgraphs/stores/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY gateway/package.json gateway/
COPY bench/package.json bench/
COPY patches patches
RUN npm ci
COPY . .
RUN node scripts/build.mjs

# Run stage: production dependencies only (the patches applied at install), the bundles, no tsx.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/schema/package.json schema/
COPY --from=build /app/runtime/package.json runtime/
COPY --from=build /app/db/package.json db/
COPY --from=build /app/sandbox/package.json sandbox/
COPY --from=build /app/subgraphs/pazarama/package.json subgraphs/pazarama/
COPY --from=build /app/subgraphs/beymen/package.json subgraphs/beymen/
COPY --from=build /app/subgraphs/stores/package.json subgraphs/stores/
COPY --from=build /app/subgraphs/orders/package.json subgraphs/orders/
COPY --from=build /app/gateway/package.json gateway/
COPY --from=build /app/bench/package.json bench/
COPY --from=build /app/patches patches
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist dist
# Not root; the data folder (generated keys when none are given) is the user's.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
ENV HOST=0.0.0.0 PAZARGRAPH_DATA_DIR=/app/.data
EXPOSE 4000
CMD ["node", "dist/gateway.js"]
