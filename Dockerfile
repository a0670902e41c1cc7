# The API only; Neo4j comes from the neo4j service in docker-compose.yml (NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY tsconfig.json codegen.yml ./
COPY schema ./schema
COPY cypher ./cypher
COPY seeds ./seeds
COPY src ./src
ENV NODE_ENV=production PORT=4000
EXPOSE 4000
CMD ["npx", "tsx", "src/server/main.ts"]
