// scripts/bundle.mjs loads the ui's built stylesheet as text (esbuild's text loader).
declare module '@tarif/ui/styles.css' {
  const css: string;
  export default css;
}
