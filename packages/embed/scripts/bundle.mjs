// Bundles @tarif/embed into one self-contained ES module, tarif-embed.js (the renderer, our
// packages and English in; it imports nothing), plus one self-contained file per shipped language,
// tarif-embed.<language>.js, which it imports by that relative URL on first use. Run after the
// packages' tsc build: our packages resolve through their package.json exports, to their builds.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
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

/**
 * `import('@tarif/ui/locales/fr')` in src/locale-packs.ts stays an import, of `./tarif-embed.fr.js`:
 * a relative URL the browser resolves beside tarif-embed.js, and a bundler (a Vite host importing
 * '@tarif/embed') follows into the package. Records each language met, to build its file.
 */
function languageFiles(languages) {
  return {
    name: 'language-files',
    setup(build) {
      build.onResolve({ filter: /^@tarif\/ui\/locales\/[a-z]{2,3}$/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const language = args.path.split('/').pop();
        languages.add(language);
        return { path: `./tarif-embed.${language}.js`, external: true };
      });
    },
  };
}

// The element renders through React DOM. Preact's compatibility layer (issue 20 §7) halved the
// download and passed every element test on Radix Dialog, but with the contact slider back on
// Radix Slider the element's thumb never appeared (its e2e tests timed out looking for it), so
// the element went back to React DOM (docs/embedding.md, "Size").

const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
};

/** Builds into `outdir`; returns esbuild's metafile, every file's outputs in one. */
export async function bundle(outdir = path.join(pkg, 'dist')) {
  // What an earlier build left (its split chunks, a language no longer shipped).
  rmSync(path.join(outdir, 'chunks'), { recursive: true, force: true });
  const languages = new Set();
  const element = await build({
    ...common,
    entryPoints: { 'tarif-embed': path.join(pkg, 'src/index.ts') },
    outdir,
    absWorkingDir: pkg,
    // The ui's stylesheet as a string, adopted once by the document (src/inject-styles.ts).
    loader: { '.css': 'text' },
    plugins: [adoptedStyleSingleton, languageFiles(languages)],
  });
  const outputs = { ...element.metafile.outputs };
  for (const language of languages) {
    const pack = await build({
      ...common,
      stdin: {
        contents: `export { ${language} } from '@tarif/ui/locales/${language}';`,
        resolveDir: pkg,
        loader: 'js',
      },
      outfile: path.join(outdir, `tarif-embed.${language}.js`),
    });
    Object.assign(outputs, pack.metafile.outputs);
  }
  return { outputs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
