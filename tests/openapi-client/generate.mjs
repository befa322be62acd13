// Writes schema.d.ts from docs/openapi.yaml with openapi-typescript, as a team adopting the
// contract would. `node generate.mjs --check` writes nothing and fails when the file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const spec = new URL('../../docs/openapi.yaml', import.meta.url);
const out = new URL('./schema.d.ts', import.meta.url);
const header =
  '// Generated from docs/openapi.yaml by openapi-typescript (tests/openapi-client/generate.mjs).\n' +
  '// Do not edit: run `pnpm --filter openapi-client-check run generate`.\n';
const generated = header + astToString(await openapiTS(spec));

if (process.argv.includes('--check')) {
  if (readFileSync(out, 'utf8') !== generated) {
    console.error(
      'tests/openapi-client/schema.d.ts is stale: run `pnpm --filter openapi-client-check run generate`.',
    );
    process.exit(1);
  }
  console.log('schema.d.ts matches docs/openapi.yaml');
} else {
  writeFileSync(out, generated);
  console.log('wrote tests/openapi-client/schema.d.ts');
}
