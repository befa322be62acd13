import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In development the reference server runs separately (`pnpm start` serves the built app itself).
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://localhost:8787' } },
});
