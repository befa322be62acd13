// The plain HTML host: no React, no build step. `?lang=fr&user=member&theme=dark` choose the
// locale, the demo viewer and the theme; every event the page fires is kept in `window.hostEvents`
// so the end-to-end tests can read what the host's listener received.
// Served as the docs' copy step puts it (docs/embedding.md, "Serving the element without a bundler").
import '/tarif/tarif-embed.js';

const params = new URLSearchParams(window.location.search);
// Demo bearer tokens that the reference server accepts (packages/server/src/demo/demo-users.ts).
const tokens = { admin: 'demo-admin', member: 'demo-member' };
const page = document.querySelector('tarif-billing-page');

window.hostEvents = [];
for (const type of ['tarif:purchase', 'tarif:change-request', 'tarif:error']) {
  document.addEventListener(type, (event) => {
    window.hostEvents.push({
      type,
      detail: event.detail,
      bubbles: event.bubbles,
      composed: event.composed,
    });
  });
}

// Auth as a property (secrets stay out of the DOM), then the attributes; api-base last, as it is
// what makes the element render.
page.headers = { Authorization: `Bearer ${tokens[params.get('user') ?? 'admin'] ?? ''}` };
page.setAttribute('locale', params.get('lang') ?? 'en');
page.setAttribute('theme', params.get('theme') ?? 'auto');
page.setAttribute('api-base', '/api/billing');
