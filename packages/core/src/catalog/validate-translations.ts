import type { IssueList } from './catalog-issues.js';
import { readRecord, readString } from './read-fields.js';

const unknownId = {
  products: 'unknown-product',
  plans: 'unknown-plan',
  features: 'unknown-feature',
  addOns: 'unknown-add-on',
} as const;

/**
 * Checks `$.translations`: each key a canonical BCP 47 tag (the form lookups use), each text a
 * non-empty string for an id the catalog defines, e.g. at `$.translations.fr.features.sms`.
 */
export function validateTranslations(
  list: IssueList,
  value: unknown,
  ids: { readonly [S in keyof typeof unknownId]: ReadonlySet<string> },
): void {
  if (value === undefined) return;
  for (const [locale, translation] of Object.entries(
    readRecord(list, value, '$.translations') ?? {},
  )) {
    const path = `$.translations.${locale}`;
    if (!isCanonicalLocale(locale)) list.report(path, 'invalid-locale', locale);
    const layer = readRecord(list, translation, path);
    for (const section of Object.keys(unknownId) as (keyof typeof unknownId)[]) {
      if (layer?.[section] === undefined) continue;
      const at = `${path}.${section}`;
      const entries = readRecord(list, layer[section], at) ?? {};
      for (const id of Object.keys(entries)) {
        if (!ids[section].has(id)) list.report(`${at}.${id}`, unknownId[section], id);
        if (section !== 'addOns') readString(list, entries, id, at);
        else {
          const addOn = readRecord(list, entries[id], `${at}.${id}`);
          if (addOn !== undefined)
            for (const key of ['name', 'description'])
              readString(list, addOn, key, `${at}.${id}`, true);
        }
      }
    }
  }
}

function isCanonicalLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}
