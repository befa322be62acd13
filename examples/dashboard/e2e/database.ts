import Database from 'better-sqlite3';

/** Reads what the server wrote, through a separate read-only connection, as an auditor would. */
export function readDatabase<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
