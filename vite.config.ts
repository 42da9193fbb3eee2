import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const proxyTarget = `http://127.0.0.1:${process.env.DEV_PROXY_PORT ?? 8080}`

export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    host: '127.0.0.1',
    proxy: { '/api': proxyTarget, '/healthz': proxyTarget, '/readyz': proxyTarget },
  },
})
