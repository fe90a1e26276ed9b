import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The gateway serves /app-config.json and /api in every environment, so the
// dev server proxies both instead of baking configuration into the bundle.
const gateway = process.env.PHOTOAPP_GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': gateway,
      '/app-config.json': gateway,
    },
  },
  build: {
    // Maven packages target/classes, so the gateway finds the SPA under
    // classpath:/static.
    outDir: 'target/classes/static',
    emptyOutDir: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    reporters: ['default', 'junit'],
    outputFile: { junit: 'target/surefire-reports/TEST-frontend-vitest.xml' },
  },
});
