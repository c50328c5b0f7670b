import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: {
    // "@/…" imports resolve through tsconfig.json's paths, one definition for tsc and Vite.
    tsconfigPaths: true,
  },
  server: {
    // The Litestar backend; same origin for the browser, so session and CSRF cookies just work.
    proxy: { "/api": "http://127.0.0.1:8000" },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each route loads, for bench/bundle_size.py.
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // designsystemet-react attaches sub-components with top-level Object.assign and does not
        // declare itself side-effect free, so every component (Combobox, floating-ui, virtualizer)
        // would be bundled; its modules are pure components, so unused ones can go (-35 KB gzip).
        moduleSideEffects: [
          { test: /[\\/]node_modules[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false },
        ],
      },
    },
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: ["src/testing/setup.ts"],
    restoreMocks: true,
  },
});
