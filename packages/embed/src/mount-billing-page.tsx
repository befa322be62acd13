import { createRoot } from 'react-dom/client';
import type { LocalePack } from '@tarif/react/i18n';
import { dispatch } from './dispatch.js';
import { EmbeddedBillingPage } from './embedded-billing-page.js';
import { injectStyles } from './inject-styles.js';
import { fallsBackToEnglish, unavailableLocale, unsupportedLocale } from './locale-fallback.js';
import { LocalePacks } from './locale-packs.js';
import type { BillingErrorDetail, BillingPageOptions, MountedBillingPage } from './types.js';

/**
 * Renders the billing page into `element` (light DOM): a themed wrapper holding the page and,
 * beside it, the dialogs' portals. The custom element goes through here too.
 */
export function mountBillingPage(
  element: HTMLElement,
  options: BillingPageOptions,
): MountedBillingPage {
  const document = element.ownerDocument;
  injectStyles(document);
  const wrapper = document.createElement('div');
  // A widget root (.tarif) itself: the reset of what a host passes down by inheritance (centred
  // text, letter spacing, box sizing) starts here, above the page and the dialogs portalled beside it.
  wrapper.className = 'tarif tarif-embed';
  const pageRoot = document.createElement('div');
  wrapper.append(pageRoot);
  element.append(wrapper);
  const root = createRoot(pageRoot);

  let current: BillingPageOptions = { ...options };
  const headers = { current: current.headers };
  const packs = new LocalePacks();
  // The locale on screen: a language still loading keeps the previous one until its pack is in.
  let shown = 'en';
  let mounted = true;
  // The locale last reported as unsupported: reported once, not on every render.
  let reported: string | null = null;

  /** Tells the host, once the current call has returned: a listener added just after mounting hears it. */
  const reportLocale = (detail: BillingErrorDetail) =>
    queueMicrotask(() => {
      if (mounted) dispatch(element, 'tarif:error', detail);
    });

  const render = () => {
    if (!mounted) return;
    const wanted = current.locale ?? 'en';
    if (packs.ready(wanted)) shown = wanted;
    else
      void packs.load(wanted).then(render, (error: unknown) => {
        const detail = unavailableLocale(wanted, packs.languageOf(wanted) ?? wanted, error);
        // A missing file is a deployment mistake: say so where its 404 shows, too.
        console.error(`[tarif] ${detail.message}`);
        reportLocale(detail);
      });
    wrapper.setAttribute('data-tarif-theme', current.theme ?? 'auto');
    const locales: LocalePack[] = [...packs.all(), ...(current.locales ?? [])];
    const english = fallsBackToEnglish(shown, locales);
    if (english && reported !== shown) reportLocale(unsupportedLocale(shown));
    reported = english ? shown : null;
    // The page may speak another language than the host's document: screen readers follow `lang`.
    wrapper.lang = english ? 'en' : shown;
    root.render(
      <EmbeddedBillingPage
        apiBase={current.apiBase}
        locale={shown}
        locales={locales}
        timeZone={current.timeZone}
        headers={headers}
        target={element}
        dialogs={wrapper}
      />,
    );
  };
  render();

  return {
    update(changes) {
      current = { ...current, ...changes };
      headers.current = current.headers;
      render();
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      root.unmount();
      wrapper.remove();
    },
  };
}
