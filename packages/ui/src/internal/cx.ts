/** Joins class names, skipping falsy ones; the caller's `className` goes last so it can win. */
export function cx(...names: ReadonlyArray<string | false | null | undefined>): string {
  let out = '';
  for (const name of names) if (name) out = out ? `${out} ${name}` : name;
  return out;
}
