// The physical limit for measure 6: bare Node http + mysql2 answering the same page as JSON.
import http from 'node:http';
import mysql from 'mysql2/promise';

const { BARE_URL, BARE_SQL, BARE_PARAMS, PORT } = process.env;
const pool = mysql.createPool({ uri: BARE_URL!, connectionLimit: 20, timezone: 'Z' });
const sql = BARE_SQL!;
const params = JSON.parse(BARE_PARAMS ?? '[]');
http
  .createServer(async (_req, res) => {
    const [rows] = await pool.query(sql, params);
    const body = JSON.stringify({ data: { complaints: { edges: (rows as unknown[]).slice(0, 100).map((node) => ({ node })) } } });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  })
  .listen(Number(PORT), '127.0.0.1', () => process.send?.('ready'));
