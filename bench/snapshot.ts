// The bench writes (batch saves, attachments, sign-ins, audited exports): afterwards it puts the scale data back as it
// found it, so that every run measures the same database. The trail is rewound with it — events, checkpoints and the
// head together — which leaves it exactly as verified before the run.
import { openRaw, type BenchDb } from '../seeds/scale-target.js';

/** Append-only tables and the key that grows with them. */
const APPENDED: Array<[table: string, key: string]> = [
  ['audit_event', 'seq'],
  ['audit_checkpoint', 'id'],
  ['attachment_chunk', 'blobId'],
  ['attachment_blob', 'id'],
  ['attachment', 'id'],
  ['user_session', 'id'],
];

const KEPT = 'bench_kept_rows';

/** Notes where every appended table stands and keeps the rows the batch save will change (measure 4's); answers the restore. */
export async function snapshot(db: BenchDb): Promise<() => Promise<void>> {
  const raw = openRaw(db, 1);
  const changedComplaints =
    (await raw.rows('SELECT `id` FROM `complaint` WHERE `voidedAt` IS NULL ORDER BY `id` DESC LIMIT 5000'))
      .map((r) => Number(r.id))
      .join(',') || '0';
  const marks = new Map<string, number>();
  for (const [table, key] of APPENDED)
    marks.set(table, Number((await raw.rows(`SELECT COALESCE(MAX(\`${key}\`), 0) AS m FROM \`${table}\``))[0].m));
  const head = await raw.rows('SELECT * FROM `audit_head`');
  await raw.rows(`DROP TABLE IF EXISTS \`${KEPT}\``);
  await raw.rows(`CREATE TABLE \`${KEPT}\` AS SELECT * FROM \`complaint\` WHERE \`id\` IN (${changedComplaints})`);
  return async () => {
    for (const [table, key] of APPENDED)
      await raw.rows(`DELETE FROM \`${table}\` WHERE \`${key}\` > ?`, [marks.get(table)]);
    for (const h of head)
      await raw.rows('UPDATE `audit_head` SET `seq` = ?, `hash` = ? WHERE `id` = ?', [h.seq, h.hash, h.id]);
    // by the ids themselves: MariaDB runs a DELETE's IN (subquery) once per row of the table (minutes at scale L)
    await raw.rows(`DELETE FROM \`complaint\` WHERE \`id\` IN (${changedComplaints})`);
    await raw.rows(`INSERT INTO \`complaint\` SELECT * FROM \`${KEPT}\``);
    await raw.rows(`DROP TABLE \`${KEPT}\``);
    await raw.end();
  };
}
