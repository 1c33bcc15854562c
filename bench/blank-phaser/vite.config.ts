import { defineConfig } from 'vite';

/** The blank Phaser baseline's build: stock Vite, the stock phaser package, its own chunk. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    // Beside the game's dist/, ignored by git, ESLint and Prettier like it.
    outDir: '../../dist-blank-phaser',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser[\\/]/ }] },
      },
    },
  },
});
