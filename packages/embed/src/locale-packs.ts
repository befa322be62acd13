import type { LocalePack } from '@tarif/react/i18n';

/**
 * The languages the element ships besides English (built in), each loaded on first use: an
 * English page downloads no other language. scripts/bundle.mjs turns each of these imports into
 * a file of its own beside the element's (`tarif-embed.fr.js`, `tarif-embed.de.js`).
 */
const shipped: Record<string, () => Promise<LocalePack>> = {
  fr: () => import('@tarif/ui/locales/fr').then((module) => module.fr),
  de: () => import('@tarif/ui/locales/de').then((module) => module.de),
};

/** The file a shipped language comes from, as the bundle names it (for error messages). */
export function packFile(language: string): string {
  return `tarif-embed.${language}.js`;
}

/** The packs loaded so far, and the loading of those still missing. */
export class LocalePacks {
  private readonly loaded = new Map<string, LocalePack>();
  private readonly loading = new Map<string, Promise<void>>();

  /** The shipped language `locale` needs ('fr' for 'fr-CA'), or null when none is needed. */
  languageOf(locale: string): string | null {
    const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
    return language in shipped ? language : null;
  }

  /** True when `locale` can render now: English, a host's language, or a shipped pack loaded. */
  ready(locale: string): boolean {
    const language = this.languageOf(locale);
    return language === null || this.loaded.has(language);
  }

  /**
   * Loads the pack `locale` needs; resolves at once when nothing is missing. A failed load is
   * forgotten, so that the next render tries again (a file served late, a network back).
   */
  load(locale: string): Promise<void> {
    const language = this.languageOf(locale);
    if (language === null || this.loaded.has(language)) return Promise.resolve();
    let pending = this.loading.get(language);
    if (!pending) {
      pending = shipped[language]!().then(
        (pack) => {
          this.loaded.set(language, pack);
        },
        (error: unknown) => {
          this.loading.delete(language);
          throw error;
        },
      );
      this.loading.set(language, pending);
    }
    return pending;
  }

  /** Every pack loaded so far, for the provider's `locales`. */
  all(): LocalePack[] {
    return [...this.loaded.values()];
  }
}
