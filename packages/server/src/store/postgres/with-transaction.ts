import type { Pool, PoolClient } from 'pg';

/**
 * Runs `work` in one transaction on one client held for its whole length (a `pool.query('BEGIN')`
 * would send the next statement to any connection). READ COMMITTED: serialisation comes from
 * explicit row locks (`SELECT … FOR UPDATE`) and unique keys, not from the isolation level.
 */
export async function withTransaction<T>(
  pool: Pool,
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // The connection itself failed: destroy it rather than hand it to the next request.
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
