# One image for both processes; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY apps apps
COPY libs libs
COPY migrations migrations
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
# npm run user:create-operator's script, for `docker compose run --rm api node scripts/create-operator.mjs …`.
COPY scripts/create-operator.mjs scripts/create-operator.mjs
USER node
EXPOSE 3000 3001
CMD ["node", "dist/apps/api/src/main.js"]
