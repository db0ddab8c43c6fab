import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * The process's structured log (JSON lines on stdout). Nothing that could carry a secret is ever
 * passed to it; the redaction is a second line of defence.
 */
export function createLogger(level = 'info', destination?: DestinationStream | NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: undefined,
    redact: {
      paths: ['authorization', 'password', 'token', '*.authorization', '*.password', '*.token'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination as DestinationStream) : pino(options);
}
