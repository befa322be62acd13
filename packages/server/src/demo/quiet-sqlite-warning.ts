/**
 * node:sqlite is stable in use but still flagged experimental on Node 22: the startup line says it
 * once, plainly (the SQLite version), rather than a warning with a stack hint. Other warnings pass.
 */
export function quietSqliteWarning(): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    if (warning.name === 'ExperimentalWarning' && /SQLite/.test(warning.message)) return;
    console.warn(`${warning.name}: ${warning.message}`);
  });
}
