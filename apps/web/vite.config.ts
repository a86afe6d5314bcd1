import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server to proxy /api to during `vite` development (the built app is served by the
// server itself). Port 3000 is the server's default.
const apiTarget = process.env.QINGSHAN_API ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    // The largest chunk is antd itself (~560 kB, ~170 kB gzipped); everything else is far smaller.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        // Vendor chunks (STACK-NOTES: one antd + ECharts chunk is ~1.5 MB): React, antd with its
        // rc-component/icons dependencies, and the shared domain package (zod, holiday data) each
        // load once and cache across releases of the app code. Routes are lazy (src/routes.tsx).
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            {
              name: 'vendor-react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
              priority: 30,
            },
            {
              name: 'vendor-antd-icons',
              test: /[\\/]node_modules[\\/](@ant-design[\\/]icons|@ant-design[\\/]icons-svg)[\\/]/,
              priority: 25,
            },
            {
              name: 'vendor-antd',
              test: /[\\/]node_modules[\\/]antd[\\/]/,
              priority: 20,
            },
            {
              // antd's building blocks (rc-component, CSS-in-JS, colours, dayjs): half of antd's weight.
              name: 'vendor-antd-base',
              test: /[\\/]node_modules[\\/](@ant-design|@rc-component|rc-[a-z-]+|@babel[\\/]runtime|dayjs|stylis|@emotion|throttle-debounce|compute-scroll-into-view|scroll-into-view-if-needed|classnames|clsx)[\\/]/,
              priority: 18,
            },
            {
              name: 'vendor-domain',
              test: /([\\/]packages[\\/]domain[\\/])|([\\/]node_modules[\\/](zod|chinese-days)[\\/])/,
              priority: 15,
            },
            {
              name: 'vendor-i18n',
              test: /[\\/]node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
});
