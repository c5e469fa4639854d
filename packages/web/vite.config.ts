import { defineConfig } from 'vite';
import { singleFile } from './build/single-file.js';

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    modulePreload: false,
    cssCodeSplit: false,
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    reportCompressedSize: false,
    sourcemap: false,
  },
  worker: { format: 'iife' },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [singleFile()],
});
