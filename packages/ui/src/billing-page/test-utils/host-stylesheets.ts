// The stylesheets a new user's host app really has, read from the npm packages that ship them
// (root devDependencies, pinned; all three are MIT, their LICENSE files are in those packages):
// - create-vite 9.3.0, template-react/src/index.css: `:root { font: 18px/145% ...; letter-spacing }`
//   and `#root { text-align: center }`, the page a `npm create vite` user starts from;
// - bootstrap 5.3.9, dist/css/bootstrap-reboot.css: Bootstrap's element reset (body font and
//   line height from --bs-*, h2 in vw, legend floated, button radius 0);
// - tailwindcss 4.3.5, preflight.css: Tailwind's reset (`* { margin: 0; padding: 0; border: 0 }`,
//   headings and buttons reset to inherit, svg displayed as block).
import viteIndexCss from '../../../../../node_modules/create-vite/template-react/src/index.css?raw';
import viteAppCss from '../../../../../node_modules/create-vite/template-react/src/App.css?raw';
import bootstrapRebootCss from '../../../../../node_modules/bootstrap/dist/css/bootstrap-reboot.css?raw';
import tailwindPreflightCss from '../../../../../node_modules/tailwindcss/preflight.css?raw';

export interface HostStylesheet {
  name: string;
  css: string;
}

// Tailwind's compiler turns `--theme(--x, fallback)` into `var(--x, fallback)`; a browser given the
// raw file would drop those declarations. It is applied unlayered, which is harsher than Tailwind's
// own `@layer base`: unlayered host rules compete with ours on specificity alone.
const tailwindCompiled = tailwindPreflightCss.replaceAll('--theme(', 'var(');

export const hostStylesheets: readonly HostStylesheet[] = [
  { name: 'Vite template (index.css + App.css)', css: `${viteIndexCss}\n${viteAppCss}` },
  { name: 'Bootstrap 5 reboot', css: bootstrapRebootCss },
  { name: 'Tailwind preflight', css: tailwindCompiled },
];
