FROM node:20-bookworm-slim
WORKDIR /app
# toolchain for better-sqlite3 when no prebuilt binary can be fetched
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["node", "dist/server/src/main.js"]
