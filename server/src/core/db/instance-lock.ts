import fs from 'node:fs';

/** Another process holds the embedded database. */
export class DatabaseInUseError extends Error {}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * The embedded SQLite file serves one process: a second one on the same file would make every
 * other save wait for or fail on its locks. The first takes `<file>.pid` (its process id); a second
 * is refused with what to do instead, while a file left by a process that died is taken over.
 * Answers the release, called when the database closes.
 */
export function lockSqliteFile(file: string): () => void {
  const lockFile = `${file}.pid`;
  for (let tries = 0; tries < 3; tries++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
      // the same process opening it again (a second pool in tests) shares it
      if (pid === process.pid) return () => undefined;
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new DatabaseInUseError(
          `另一个进程（pid ${pid}）正在使用内置 SQLite 数据库 ${file}。内置数据库只供一个实例使用；要运行多个实例，请设置 DATABASE_URL 使用 MySQL/MariaDB。` +
            ` (the embedded database is in use by process ${pid}; several instances need DATABASE_URL)`,
        );
      }
      fs.rmSync(lockFile, { force: true }); // left by a process that is gone
    }
  }
  throw new DatabaseInUseError(`无法锁定 ${lockFile}`);
}

/**
 * Runs start-up writes (migrations, the official calendar, the first data) while holding a row lock
 * of its own small table (`startup_lock`, made here, before any migration could), so instances
 * started together do them one after the other: the first applies them, the others wait and find
 * them done. A row lock rather than GET_LOCK, which TiDB lacks before 7.x (as the job leases do).
 */
export async function withMigrationLock<T>(ds: import('typeorm').DataSource, run: () => Promise<T>): Promise<T> {
  if (ds.options.type !== 'mysql') return run();
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    await qr.query('CREATE TABLE IF NOT EXISTS `startup_lock` (`id` int NOT NULL PRIMARY KEY)');
    await qr.query('INSERT IGNORE INTO `startup_lock` (`id`) VALUES (1)');
    await qr.query('SET SESSION innodb_lock_wait_timeout = 600');
    await qr.startTransaction();
    try {
      await qr.query('SELECT `id` FROM `startup_lock` WHERE `id` = 1 FOR UPDATE');
      const out = await run();
      await qr.commitTransaction();
      return out;
    } catch (e) {
      await qr.rollbackTransaction();
      throw e;
    }
  } finally {
    await qr.release();
  }
}
