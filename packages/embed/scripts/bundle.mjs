// Bundles @tarif/embed into one self-contained ES module (React, React DOM and our packages in),
// plus one chunk per shipped language, loaded on first use. Run after the packages' tsc build:
// our packages resolve through their package.json exports, to their builds.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * react-remove-scroll (under Radix Dialog) adds its scroll-lock rules as a `<style>` element, which
 * a host's `style-src 'self'` refuses: its one module that touches the DOM is swapped for ours,
 * which adopts a constructed stylesheet instead (src/adopted-style-singleton.ts).
 */
const adoptedStyleSingleton = {
  name: 'adopted-style-singleton',
  setup(build) {
    build.onResolve({ filter: /^\.\/singleton(\.js)?$/ }, (args) =>
      /[\\/]react-style-singleton[\\/]/.test(args.importer)
        ? { path: path.join(pkg, 'src/adopted-style-singleton.ts') }
        : undefined,
    );
  },
};

/** Builds into `outdir`; returns esbuild's metafile. */
export async function bundle(outdir = path.join(pkg, 'dist')) {
  const result = await build({
    entryPoints: { 'tarif-embed': path.join(pkg, 'src/index.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir,
    chunkNames: 'chunks/[name]-[hash]',
    // The ui's stylesheet as a string, injected once into the document (src/inject-styles.ts).
    loader: { '.css': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile: true,
    plugins: [adoptedStyleSingleton],
    logLevel: 'warning',
  });
  return result.metafile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
