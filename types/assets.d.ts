// Stylesheets imported for their side effect in tests and stories (Vite handles them).
declare module '*.css';
