/** A form-encoded value as Stripe reads it: strings, nested by `a[b][0]` brackets. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

/**
 * Decodes Stripe's form encoding (`items[0][price]=p&metadata[k]=v&lookup_keys[0]=a`) into nested
 * objects, turning objects whose keys are exactly 0..n-1 into arrays. Values stay strings, as on
 * the wire: a test asserts `proration_date: '1764000000'`, not a number.
 */
export function decodeForm(encoded: string): FormObject {
  const root: FormObject = {};
  for (const [name, value] of new URLSearchParams(encoded)) {
    const path = parseName(name);
    let node: FormObject = root;
    path.forEach((segment, index) => {
      if (index === path.length - 1) {
        node[segment] = value;
        return;
      }
      const next = node[segment];
      if (typeof next === 'object' && !Array.isArray(next)) {
        node = next;
      } else {
        const created: FormObject = {};
        node[segment] = created;
        node = created;
      }
    });
  }
  return arrays(root) as FormObject;
}

function parseName(name: string): string[] {
  const first = name.indexOf('[');
  if (first === -1) return [name];
  const segments = [name.slice(0, first)];
  for (const match of name.slice(first).matchAll(/\[([^\]]*)\]/g)) segments.push(match[1] ?? '');
  return segments;
}

function arrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const converted = Object.fromEntries(keys.map((key) => [key, arrays(value[key]!)]));
  const isList = keys.length > 0 && keys.every((key, index) => key === String(index));
  return isList ? keys.map((key) => converted[key]!) : converted;
}
