# The API only; Neo4j comes from the neo4j service in docker-compose.yml (NEO4J_URI).

# The explorer page (explore/ → dist/explore/) needs the dev dependencies (Vite, ECharts) to build, not to run.
FROM node:20-bookworm-slim AS explore
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY explore ./explore
COPY tools/build-explore.mjs ./tools/build-explore.mjs
RUN node tools/build-explore.mjs

FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json codegen.yml ./
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
COPY src ./src
COPY --from=explore /app/dist/explore ./dist/explore
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "--max-semi-space-size=64", "src/server/main.ts"]
