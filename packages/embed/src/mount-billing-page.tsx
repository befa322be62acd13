import { createRoot } from 'react-dom/client';
import type { LocalePack } from '@tarif/react/i18n';
import { EmbeddedBillingPage } from './embedded-billing-page.js';
import { injectStyles } from './inject-styles.js';
import { LocalePacks } from './locale-packs.js';
import type { BillingPageOptions, MountedBillingPage } from './types.js';

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

  const render = () => {
    if (!mounted) return;
    const wanted = current.locale ?? 'en';
    if (packs.ready(wanted)) shown = wanted;
    else void packs.load(wanted).then(render, () => undefined);
    wrapper.setAttribute('data-tarif-theme', current.theme ?? 'auto');
    // The page may speak another language than the host's document: screen readers follow `lang`.
    wrapper.lang = shown;
    const locales: LocalePack[] = [...packs.all(), ...(current.locales ?? [])];
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
