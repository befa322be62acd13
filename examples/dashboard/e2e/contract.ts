import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import type { Exchange } from './load-balancer.js';

const specFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../docs/openapi.yaml',
);

interface ResponseObject {
  readonly $ref?: string;
  readonly content?: Record<string, { readonly schema?: object }>;
}
interface Spec {
  readonly servers: ReadonlyArray<{ readonly url: string }>;
  readonly paths: Record<string, Record<string, { responses: Record<string, ResponseObject> }>>;
  readonly components: { readonly responses: Record<string, ResponseObject> };
}

/**
 * Checks answers of the reference server against docs/openapi.yaml, the contract hosts implement
 * against: every status must be documented for its operation, and every JSON body must match the
 * schema documented for that status. Returns what does not conform, in words.
 */
export function createContractCheck(): (exchange: Exchange) => string[] {
  const spec = parse(readFileSync(specFile, 'utf8')) as Spec;
  const base = new URL(spec.servers[0]!.url, 'http://x').pathname.replace(/\/+$/, '');
  // The OpenAPI document is the schema root, so `#/components/schemas/...` refs resolve in it.
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema(spec as object, 'openapi');
  const validators = new Map<string, ValidateFunction>();

  const resolve = (response: ResponseObject): ResponseObject =>
    response.$ref
      ? spec.components.responses[response.$ref.replace('#/components/responses/', '')]!
      : response;

  return ({ method, path: pathname, status, headers, body }) => {
    if (!pathname.startsWith(`${base}/`) || pathname.startsWith(`${base}/__test/`)) return [];
    const route = pathname.slice(base.length);
    const where = `${method} ${route} ${status}`;
    const operations = spec.paths[route];
    if (!operations) return status === 404 ? [] : [`${where}: the path is not in the contract`];
    const operation = operations[method.toLowerCase()];
    // Other methods on a known path are the documented 405 (see the spec's description).
    if (!operation) return status === 405 ? [] : [`${where}: the method is not in the contract`];
    const documented = operation.responses[String(status)];
    if (!documented) return [`${where}: the status is not documented for this operation`];
    const schemaPointer = Object.keys(resolve(documented).content ?? {}).includes(
      'application/json',
    )
      ? `${method.toLowerCase()} ${route} ${status}`
      : null;
    if (!schemaPointer) return [];
    if (!String(headers['content-type'] ?? '').startsWith('application/json'))
      return [`${where}: the body is not JSON (${headers['content-type']})`];
    let validate = validators.get(schemaPointer);
    if (!validate) {
      const ref = documented.$ref
        ? `openapi${documented.$ref}/content/application~1json/schema`
        : `openapi#/paths/${route.replaceAll('/', '~1')}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
      validate = ajv.compile({ $ref: ref });
      validators.set(schemaPointer, validate);
    }
    if (method === 'HEAD') return [];
    if (validate(JSON.parse(body.toString('utf8')))) return [];
    return (validate.errors ?? []).map(
      (error) => `${where}: ${error.instancePath || '(body)'} ${error.message ?? 'is invalid'}`,
    );
  };
}
