// Stylesheets imported for their side effect in tests and stories (Vite handles them).
declare module '*.css';
// A file's text, as Vite's `?raw` suffix imports it (the host stylesheets of the host-CSS test).
declare module '*?raw' {
  const text: string;
  export default text;
}
