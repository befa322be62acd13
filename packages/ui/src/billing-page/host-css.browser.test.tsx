import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { BillingPage } from './billing-page.js';
import { BillingPageModel } from './test-utils/billing-page.model.js';
import { snapshotStyles, styleDifferences } from './test-utils/computed-styles.js';
import type { StyleSnapshot } from './test-utils/computed-styles.js';
import { hostStylesheets } from './test-utils/host-stylesheets.js';
import type { HostStylesheet } from './test-utils/host-stylesheets.js';
import { cleanup, renderWithBilling } from './test-utils/render-billing.js';

// An embedded widget lives inside someone else's stylesheet. The billing page and its dialogs,
// rendered inside a host's `#root` under each host stylesheet, must compute exactly the styles and
// boxes they compute in a bare page: nothing inherited (centred text, an 18 px rem, letter spacing)
// or matched by element selectors (h2, button, legend, svg) may reach them.

const ui = new BillingPageModel('en');
const c = ui.copy;
// Wider than the Vite template's `max-width: 1024px` query, so its 18 px :root applies, and fixed,
// so that the two renderings have the same layout.
const viewport = { width: 1280, height: 900 };

interface Rendering {
  page: StyleSnapshot;
  fieldDialog: StyleSnapshot;
  review: StyleSnapshot;
  /** Where the dialogs were portalled: true when inside the host's #root. */
  dialogInsideRoot: boolean;
}

let host: { style: HTMLStyleElement | null; root: HTMLElement } | null = null;

function mountHost(stylesheet: HostStylesheet | null, wrapperStyle = ''): HTMLElement {
  let style: HTMLStyleElement | null = null;
  if (stylesheet) {
    // Last in <head>: after the widgets' stylesheet, the order in which a host's own CSS wins ties.
    style = document.createElement('style');
    style.textContent = stylesheet.css;
    document.head.append(style);
  }
  const root = document.createElement('div');
  root.id = 'root';
  const wrapper = document.createElement('div');
  wrapper.setAttribute('style', `inline-size: 720px; ${wrapperStyle}`);
  root.append(wrapper);
  document.body.append(root);
  host = { style, root };
  return wrapper;
}

function unmountHost() {
  cleanup();
  host?.style?.remove();
  host?.root.remove();
  host = null;
}

function dialogSnapshot(): { snapshot: StyleSnapshot; insideRoot: boolean } {
  const dialog = document.querySelector('[role="dialog"]');
  if (!dialog) throw new Error('no dialog is open');
  return { snapshot: snapshotStyles(dialog), insideRoot: dialog.closest('#root') !== null };
}

/** The page loaded, then the contact-limit dialog (slider), then the review with its price. */
async function renderFlow(stylesheet: HostStylesheet | null): Promise<Rendering> {
  const parent = mountHost(stylesheet);
  return readFlow(parent);
}

/**
 * Parks the pointer in the viewport's bottom-right corner, outside the 720 px page, before it
 * renders: the last click of the previous flow leaves it where a plan card of the next one may
 * appear, and a hovered card (its border mid-transition) would differ from the bare render's.
 */
async function parkPointer(): Promise<void> {
  const corner = document.createElement('div');
  corner.setAttribute(
    'style',
    'position: fixed; right: 0; bottom: 0; inline-size: 8px; block-size: 8px',
  );
  document.body.append(corner);
  await userEvent.hover(corner);
  corner.remove();
}

async function readFlow(parent: HTMLElement): Promise<Rendering> {
  await parkPointer();
  const { container } = await renderWithBilling(<BillingPage />, { parent });
  await ui.seePage();
  // Loaded: the contact row shows the account's limit.
  await expect.element(page.getByText('10,000 contacts', { exact: true })).toBeVisible();
  const pageRoot = container.querySelector('[data-slot="billing-page"]');
  if (!pageRoot) throw new Error('no billing page');
  const pageSnapshot = snapshotStyles(pageRoot);
  await ui.click(c.editContacts);
  await ui.focusSlider();
  const field = dialogSnapshot();
  await ui.pressKey('ArrowRight');
  await ui.click(c.updateContacts);
  await ui.seeReview();
  // The price has arrived when the confirm button is enabled.
  await expect.element(ui.button(c.confirm)).toHaveAttribute('aria-disabled', 'false');
  const review = dialogSnapshot();
  unmountHost();
  return {
    page: pageSnapshot,
    fieldDialog: field.snapshot,
    review: review.snapshot,
    dialogInsideRoot: field.insideRoot || review.insideRoot,
  };
}

/** A host's own plain markup, to show that the stylesheet is in effect at all. */
function probeSnapshot(stylesheet: HostStylesheet | null): StyleSnapshot {
  const parent = mountHost(stylesheet);
  parent.innerHTML = '<h2>Title</h2><p>Text</p><ul><li>Item</li></ul><button>Go</button>';
  const snapshot = snapshotStyles(parent);
  unmountHost();
  return snapshot;
}

beforeAll(async () => {
  await page.viewport(viewport.width, viewport.height);
});
afterEach(() => unmountHost());

describe.each(hostStylesheets)('BillingPage under a host stylesheet: $name', (stylesheet) => {
  it('changes the host’s own plain elements (the stylesheet is in effect)', () => {
    expect(styleDifferences(probeSnapshot(null), probeSnapshot(stylesheet))).not.toEqual([]);
  });

  it('computes the same styles as in a bare page: the page, the slider dialog and the review', async () => {
    const bare = await renderFlow(null);
    const hosted = await renderFlow(stylesheet);
    // Radix portals the dialogs to <body>, out of the host's #root: they inherit from <body> and
    // :root only, which the host stylesheets style too.
    expect(hosted.dialogInsideRoot).toBe(false);
    expect(styleDifferences(bare.page, hosted.page)).toEqual([]);
    expect(styleDifferences(bare.fieldDialog, hosted.fieldDialog)).toEqual([]);
    expect(styleDifferences(bare.review, hosted.review)).toEqual([]);
  });
});

describe('theming inside a host stylesheet', () => {
  const vite = hostStylesheets[0]!;
  const px = (element: Element | null) => element && getComputedStyle(element).fontSize;

  it('sizes type from --tarif-font-size on any ancestor, not from the host’s 18 px rem', async () => {
    // The title is --tarif-text-xl (1.5 steps), the page's text --tarif-text-md (0.875).
    const parent = mountHost(vite, '--tarif-font-size: 20px');
    expect(getComputedStyle(document.documentElement).fontSize).toBe('18px');
    const { container } = await renderWithBilling(<BillingPage />, { parent });
    await ui.seePage();
    expect(px(container.querySelector('.tarif-bp-title'))).toBe('30px');
    expect(px(container.querySelector('[data-slot="billing-page"]'))).toBe('17.5px');
  });

  it('takes a host’s own step and colour overrides', async () => {
    const parent = mountHost(
      vite,
      '--tarif-text-xl: 40px; --tarif-fg: rgb(1, 2, 3); --tarif-font: Georgia, serif',
    );
    const { container } = await renderWithBilling(<BillingPage />, { parent });
    await ui.seePage();
    const title = container.querySelector('.tarif-bp-title');
    expect(px(title)).toBe('40px');
    expect(title && getComputedStyle(title).color).toBe('rgb(1, 2, 3)');
    expect(title && getComputedStyle(title).fontFamily).toBe('Georgia, serif');
  });
});
