import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The web UI; `npm run build:web` writes web/dist, which the casedesk server serves at /.
// `npm run dev:web` proxies /api to a casedesk server on 127.0.0.1:3000.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // scripts/build-web.mjs compresses every asset and reports the size itself
    reportCompressedSize: false,
  },
  server: {
    proxy: { "/api": "http://127.0.0.1:3000" },
  },
});
