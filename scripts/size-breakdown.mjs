// Lists the largest modules in a bundle: `node scripts/size-breakdown.mjs "export * from '@tarif/react'"`.
import { build } from 'esbuild';
import { ourPackages } from './size.mjs';

const source = process.argv[2] ?? "export * from '@tarif/ui';";
const result = await build({
  stdin: { contents: source, resolveDir: ourPackages, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  metafile: true,
  logLevel: 'silent',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
});
const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs);
for (const [file, { bytesInOutput }] of inputs
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
  .slice(0, 30)) {
  console.log(
    String(bytesInOutput).padStart(7),
    file.replace(/^.*?(packages|node_modules)\//, '$1/'),
  );
}
