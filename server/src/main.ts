import 'reflect-metadata';
import { runCli } from './cli.js';

await runCli({
  env: process.env,
  exit: (code) => process.exit(code),
  error: (line) => console.error(line),
  log: (line) => console.log(line),
  on: (signal, handler) => process.on(signal, handler),
});
