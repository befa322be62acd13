/**
 * The lookup chain for a BCP 47 tag: the exact tag, then each shorter prefix, then 'en'.
 * 'fr-CA' gives ['fr-CA', 'fr', 'en']; 'zh-Hant-TW' gives ['zh-Hant-TW', 'zh-Hant', 'zh', 'en'].
 */
export function localeChain(tag: string): readonly string[] {
  const chain: string[] = [];
  const parts = tag.split(/[-_]/).filter(Boolean);
  for (let length = parts.length; length > 0; length--) {
    const candidate = canonical(parts.slice(0, length).join('-'));
    if (candidate && !chain.includes(candidate)) chain.push(candidate);
  }
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** The first tag of the chain that has a catalog, or 'en'. */
export function resolveMessagesLocale(tag: string, available: readonly string[]): string {
  return localeChain(tag).find((candidate) => available.includes(candidate)) ?? 'en';
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    // An invalid tag from the host should not crash the widgets; English is the safe answer.
    return undefined;
  }
}
