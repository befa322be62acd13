import { mountBillingPage } from './mount-billing-page.js';
import type {
  BillingPageHeaders,
  BillingPageLocalePack,
  BillingPageOptions,
  BillingPageTheme,
  MountedBillingPage,
} from './types.js';

/*
 * A hand-written wrapper rather than @r2wc/react-to-web-component: the element needs four
 * attributes, two properties and events fired from inside the page (the adapter and the purchase
 * callback), and it must render through mountBillingPage like code hosts do. r2wc would add its
 * attribute-transform and prop-mapping layer (and its own render path) for what is a hundred lines
 * here; its event mapping only wraps callback props, which the page does not have for requests and
 * errors. Measured (esbuild, gzip, React external): r2wc 2.1.1 + core 1.32 kB, this class 0.55 kB.
 * See docs/embedding.md.
 */

const attributes = ['api-base', 'locale', 'theme', 'time-zone'] as const;
const themes: readonly string[] = ['light', 'dark', 'auto'] satisfies BillingPageTheme[];

/**
 * `<tarif-billing-page api-base="/api/billing" locale="fr" theme="dark">`. Auth goes through the
 * `headers` property (an object or a function), never an attribute. Renders once `api-base` is set.
 */
export class TarifBillingPageElement extends HTMLElement {
  static readonly observedAttributes = attributes;

  #page: MountedBillingPage | null = null;
  #headers: BillingPageHeaders | undefined;
  #locales: readonly BillingPageLocalePack[] | undefined;

  /** Headers for the API, or a function giving them before each call. */
  get headers(): BillingPageHeaders | undefined {
    return this.#headers;
  }
  set headers(value: BillingPageHeaders | undefined) {
    this.#headers = value;
    this.#sync();
  }

  /** Languages the host registers besides the shipped English, French and German. */
  get locales(): readonly BillingPageLocalePack[] | undefined {
    return this.#locales;
  }
  set locales(value: readonly BillingPageLocalePack[] | undefined) {
    this.#locales = value;
    this.#sync();
  }

  get apiBase(): string | null {
    return this.getAttribute('api-base');
  }
  set apiBase(value: string) {
    this.setAttribute('api-base', value);
  }
  get locale(): string {
    return this.getAttribute('locale') ?? 'en';
  }
  set locale(value: string) {
    this.setAttribute('locale', value);
  }
  get theme(): BillingPageTheme {
    const theme = this.getAttribute('theme') ?? 'auto';
    return (themes.includes(theme) ? theme : 'auto') as BillingPageTheme;
  }
  set theme(value: BillingPageTheme) {
    this.setAttribute('theme', value);
  }

  connectedCallback(): void {
    // A property a host set before the element was defined sits on the instance and would shadow
    // the accessor: move it through the setter.
    for (const name of ['headers', 'locales'] as const) {
      if (Object.hasOwn(this, name)) {
        const value = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = value;
      }
    }
    this.#sync();
  }

  disconnectedCallback(): void {
    this.#page?.unmount();
    this.#page = null;
  }

  attributeChangedCallback(): void {
    this.#sync();
  }

  #options(apiBase: string): BillingPageOptions {
    const timeZone = this.getAttribute('time-zone');
    return {
      apiBase,
      locale: this.locale,
      theme: this.theme,
      ...(timeZone ? { timeZone } : {}),
      ...(this.#headers ? { headers: this.#headers } : {}),
      ...(this.#locales ? { locales: this.#locales } : {}),
    };
  }

  /** Mounts once connected with an API base, then passes every change on: the draft survives. */
  #sync(): void {
    const apiBase = this.apiBase;
    if (!this.isConnected || !apiBase) return;
    if (this.#page) this.#page.update(this.#options(apiBase));
    else this.#page = mountBillingPage(this, this.#options(apiBase));
  }
}
