# expect: no-hardcoded-secret
# A (fake) JWT baked into ENV. The name alone would not look secret, but the
# value is a signed token.
FROM node:20-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY server ./server
ENV SUPABASE_URL=https://project.supabase.example.com
ENV SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJub3QtcmVhbCIsInJvbGUiOiJzZXJ2aWNlX3JvbGUiLCJzdWIiOiJmYWtlIn0.ZmFrZS1zaWduYXR1cmUtbm90LXJlYWwtMDEyMw
CMD ["node", "server/index.js"]
