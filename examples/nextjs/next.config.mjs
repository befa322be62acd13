/** @type {import('next').NextConfig} */
const nextConfig = {
  // The reference server opens SQLite through node:sqlite and loads its stores on demand: Node
  // loads it from node_modules at run time rather than the bundler inlining it.
  serverExternalPackages: ['@tarif/server'],
  // The example has one page; `/` leads to it in English.
  async redirects() {
    return [{ source: '/', destination: '/en/billing', permanent: false }];
  },
  poweredByHeader: false,
};

export default nextConfig;
