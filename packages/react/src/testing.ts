'use client';
// @tarif/react/testing: a backend in memory for Storybook, tests and prototypes. A separate entry
// so that host bundles never carry it (it brings the demo catalogs from @tarif/core/demo).
export { createMemoryAdapter } from './adapter/create-memory-adapter.js';
export type {
  MemoryAdapter,
  MemoryAdapterCall,
  MemoryAdapterFaults,
  MemoryAdapterOptions,
  RejectFault,
} from './adapter/create-memory-adapter.js';
