// A Vue 3 host: Vue's runtime ES module straight from npm (vendor/vue.js is
// vue/dist/vue.runtime.esm-browser.prod.js), no build tool. Render functions rather than a template
// string: compiling a template in the browser needs 'unsafe-eval', which the server's
// Content-Security-Policy rightly refuses.
import { createApp, h, ref } from './vendor/vue.js';
// Served as the docs' copy step puts it (docs/embedding.md, "Serving the element without a bundler").
import '/tarif/tarif-embed.js';

const params = new URLSearchParams(window.location.search);
const tokens = { admin: 'demo-admin', member: 'demo-member' };

window.hostEvents = [];

const App = {
  setup() {
    const locale = ref(params.get('lang') ?? 'en');
    const purchases = ref(0);
    const record = (type) => (event) => {
      window.hostEvents.push({ type, detail: event.detail });
      if (type === 'tarif:purchase') purchases.value += 1;
    };
    return () =>
      h('main', [
        h('h1', 'Settings'),
        // The host's own status line, fed by the element's event.
        h(
          'p',
          { role: 'status', 'data-host-purchases': purchases.value },
          `Purchases: ${purchases.value}`,
        ),
        h('tarif-billing-page', {
          // Vue sets a property when the element has it (headers), an attribute otherwise.
          headers: { Authorization: `Bearer ${tokens[params.get('user') ?? 'admin'] ?? ''}` },
          locale: locale.value,
          'time-zone': 'Europe/Paris',
          theme: params.get('theme') ?? 'auto',
          'api-base': '/api/billing',
          'onTarif:purchase': record('tarif:purchase'),
          'onTarif:change-request': record('tarif:change-request'),
          'onTarif:error': record('tarif:error'),
        }),
      ]);
  },
};

createApp(App).mount('#app');
