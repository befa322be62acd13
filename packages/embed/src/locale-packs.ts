import type { LocalePack } from '@tarif/react/i18n';

/**
 * The languages the embed ships besides English (built in), each its own chunk loaded on first
 * use: an English page downloads no French.
 */
const shipped: Record<string, () => Promise<LocalePack>> = {
  fr: () => import('@tarif/ui/locales/fr').then((module) => module.fr),
};

/** The packs loaded so far, and the loading of those still missing. */
export class LocalePacks {
  private readonly loaded = new Map<string, LocalePack>();
  private readonly loading = new Map<string, Promise<void>>();

  /** The shipped language `locale` needs ('fr' for 'fr-CA'), or null when none is needed. */
  private languageOf(locale: string): string | null {
    const language = locale.split('-')[0]?.toLowerCase() ?? '';
    return language in shipped ? language : null;
  }

  /** True when `locale` can render now: English, a host's language, or a shipped pack loaded. */
  ready(locale: string): boolean {
    const language = this.languageOf(locale);
    return language === null || this.loaded.has(language);
  }

  /** Loads the pack `locale` needs; resolves at once when nothing is missing. */
  load(locale: string): Promise<void> {
    const language = this.languageOf(locale);
    if (language === null || this.loaded.has(language)) return Promise.resolve();
    let pending = this.loading.get(language);
    if (!pending) {
      pending = shipped[language]!().then((pack) => {
        this.loaded.set(language, pack);
      });
      this.loading.set(language, pending);
    }
    return pending;
  }

  /** Every pack loaded so far, for the provider's `locales`. */
  all(): LocalePack[] {
    return [...this.loaded.values()];
  }
}
