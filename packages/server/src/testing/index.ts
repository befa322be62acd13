// @tarif/server/testing: fault injection and reset around the billing handler, for end-to-end
// tests. Never mount these in production.
export { createTestControls } from './test-controls.js';
export type { ResettableStore, TestControls, TestControlsOptions } from './test-controls.js';
export type { Faults } from './faults.js';
export { bumpPrices } from './bump-prices.js';
