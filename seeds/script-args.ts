/**
 * The command line of an npm script: `--help` prints its usage and stops, an unknown flag is refused
 * with the usage, and a script that drops data asks for `--yes` unless the database was named
 * explicitly (DATABASE_URL). What each flag takes: a value, or nothing.
 */
export interface ScriptSpec {
  usage: string;
  flags: Record<string, 'value' | 'bool' | 'optional-value'>;
}

export class UsageError extends Error {}

/** The flags given (value or true), or throws UsageError for an unknown flag or a missing value; null for --help. */
export function parseScriptArgs(argv: readonly string[], spec: ScriptSpec): Record<string, string | true> | null {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') return null;
    const name = a.startsWith('--') ? a.slice(2) : null;
    const kind = name ? spec.flags[name] : undefined;
    if (!name || !kind) throw new UsageError(`unknown argument "${a}"`);
    const next = argv[i + 1];
    if (kind === 'bool' || (kind === 'optional-value' && (next === undefined || next.startsWith('--'))))
      out[name] = true;
    else if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    else out[name] = argv[++i];
  }
  return out;
}

/** Parses, or prints the usage (exit 0 for --help, 2 for a mistake) and exits. */
export function scriptArgs(spec: ScriptSpec, argv = process.argv.slice(2)): Record<string, string | true> {
  try {
    const args = parseScriptArgs(argv, spec);
    if (args) return args;
    console.log(spec.usage);
    process.exit(0);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n\n${spec.usage}`);
    process.exit(2);
  }
}

/** Dropping a database that was not named on purpose needs --yes. */
export function mayDrop(args: Record<string, string | true>, env: NodeJS.ProcessEnv = process.env): boolean {
  return args.yes === true || !!env.DATABASE_URL || typeof args.sqlite === 'string';
}
