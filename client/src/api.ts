import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type DocumentNode,
  type OperationVariables,
  type TypedDocumentNode,
} from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import type { OperationDefinitionNode } from 'graphql';
import { ref } from 'vue';
import type { CurrentUser } from './generated/graphql';
import { ChangePasswordDocument, LoginDocument, LogoutDocument } from './generated/operations/graphql';
import { lang, t } from './i18n';

const TOKEN_KEY = 'sl.token';
const USER_KEY = 'sl.user';

/** The signed-in user, or null. */
export const currentUser = ref<CurrentUser | null>(JSON.parse(localStorage.getItem(USER_KEY) ?? 'null'));

export function token(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

/** The session token and the reader's language (the server answers errors in it). */
function authHeaders(tok: string | null = token()): Record<string, string> {
  return {
    'accept-language': lang.value === 'en' ? 'en' : 'zh-CN',
    ...(tok ? { authorization: `Bearer ${tok}` } : {}),
  };
}

export interface GqlResult<T> {
  data: T | null;
  error: { message: string; code?: string; field?: string } | null;
}

type GqlError = { message: string; extensions?: Record<string, unknown> };

/** The first error of an answer as the pages show it; a session the server no longer knows signs the user out. */
function firstError(errors: readonly GqlError[] | undefined): GqlResult<never>['error'] {
  const g = errors?.[0];
  if (!g) return null;
  if (g.extensions?.code === 'UNAUTHENTICATED' && token()) {
    // said on the sign-in page: why this session ended (deactivated, password reset, expired)
    signedOutBecause.value = g.message;
    signedOut();
  }
  return {
    message: g.message,
    code: String(g.extensions?.code ?? ''),
    field: (g.extensions?.field as string) ?? undefined,
  };
}

/**
 * The client's data layer: Apollo Client with a normalized cache. Reference data (the ledger
 * definitions, the model list, the trail's users) is read once and shared; everything that other
 * clerks change is read from the network each time, and 我的待办 and the open history follow a save.
 */
export const apollo = new ApolloClient({
  link: ApolloLink.from([
    // every request carries the session and the reader's language (the server answers errors in it)
    new ApolloLink((operation, forward) => {
      operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, ...authHeaders() },
      }));
      return forward(operation);
    }),
    onError(({ graphQLErrors }) => void firstError(graphQLErrors as readonly GqlError[] | undefined)),
    new HttpLink({ uri: '/graphql' }),
  ]),
  cache: new InMemoryCache({
    typePolicies: {
      // a ledger is named by its name; its columns and filters belong to it
      LedgerMeta: { keyFields: ['name'] },
      ColumnMeta: { keyFields: false },
    },
  }),
  defaultOptions: {
    query: { fetchPolicy: 'network-only', errorPolicy: 'all' },
    watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'all' },
    mutate: { errorPolicy: 'all' },
  },
});

/** Operations answered from the cache once read: they change only by the saves that evict them (afterWrite). */
const REFERENCE_DATA = new Set(['ProductModels', 'TrailUsers', 'MyOperations']);

/**
 * Read once a sign-in and kept as answered, outside the normalized cache: the ledger definitions
 * (165 KB: 29 ledgers, 356 columns) are the grid's own description, no save changes them, and no
 * other answer shares their objects. Normalizing them and reading them back out of the cache took
 * 0.57 s of the main thread on a cold ledger page (a CPU profile in Chromium, scale L), more than
 * the grid's own start.
 */
const READ_ONCE = new Set(['LedgerDefinitions']);
const readOnce = new Map<string, Promise<GqlResult<unknown>>>();

function operationOf(doc: DocumentNode): { kind: string; name: string } {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return { kind: op?.operation ?? 'query', name: op?.name?.value ?? '' };
}

function answered<T>(
  data: T | null | undefined,
  errors: readonly GqlError[] | undefined,
  network?: unknown,
): GqlResult<T> {
  if (network && !errors?.length) return { data: null, error: { message: t('networkError'), code: 'NETWORK' } };
  return { data: data ?? null, error: firstError(errors) };
}

/** Runs one of the client's fixed operations (typed documents generated from client/src/graphql). */
export async function run<R, V extends OperationVariables>(
  doc: TypedDocumentNode<R, V>,
  variables: V,
): Promise<GqlResult<R>> {
  const op = operationOf(doc);
  try {
    if (op.kind === 'mutation') {
      const r = await apollo.mutate({ mutation: doc, variables });
      return answered(r.data, r.errors as readonly GqlError[] | undefined);
    }
    if (READ_ONCE.has(op.name)) {
      const key = `${op.name}\u0000${JSON.stringify(variables)}`;
      let kept = readOnce.get(key) as Promise<GqlResult<R>> | undefined;
      if (!kept) {
        kept = apollo
          .query({ query: doc, variables, fetchPolicy: 'no-cache' })
          .then((r) => answered(r.data, r.errors as readonly GqlError[] | undefined), failed<R>);
        readOnce.set(key, kept);
      }
      const r = await kept;
      if (r.error) readOnce.delete(key); // a refused or failed read is asked again next time
      return r;
    }
    const fetchPolicy = REFERENCE_DATA.has(op.name) ? 'cache-first' : 'network-only';
    const r = await apollo.query({ query: doc, variables, fetchPolicy });
    return answered(r.data, r.errors as readonly GqlError[] | undefined);
  } catch (e) {
    return failed<R>(e);
  }
}

/** What a request that threw (the network, or a refusal Apollo raised) answers the pages. */
function failed<R>(e: unknown): GqlResult<R> {
  const err = e as { graphQLErrors?: GqlError[]; networkError?: unknown };
  return answered<R>(null, err.graphQLErrors, err.networkError ?? e);
}

/** The reference lists a save of a ledger changes (its batch save's field → the cached list it evicts). */
const EVICTED_BY: Record<string, string[]> = { saveProductModels: ['productModels'], saveUsers: ['trailUsers'] };

/** After a write: the reference lists it changed are read again when next asked, and 我的待办 and an open history now. */
function afterWrite(source: string): void {
  for (const [save, lists] of Object.entries(EVICTED_BY)) {
    if (source.includes(save)) for (const fieldName of lists) apollo.cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  apollo.cache.gc();
  void apollo.refetchQueries({ include: ['MyWork', 'History'] });
}

/**
 * A document built from a ledger's declaration at run time (a grid page, a batch save, a command).
 * The grid's keyset pages stay out of the cache: every page is read once and its rows change under
 * other clerks, so normalizing them would only cost; they go as a plain POST and share the error
 * handling above.
 */
export async function query<T>(
  source: string,
  variables: Record<string, unknown> = {},
  idempotencyKey?: string,
): Promise<GqlResult<T>> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...authHeaders(),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify({ query: source, variables }),
    });
  } catch {
    return { data: null, error: { message: t('networkError'), code: 'NETWORK' } };
  }
  const body = (await res.json().catch(() => null)) as { data?: T | null; errors?: GqlError[] } | null;
  if (!body) return { data: null, error: { message: t('requestFailed', { n: res.status }), code: 'NETWORK' } };
  return answered(body.data, body.errors);
}

/** A write built at run time; what it changed is read again (afterWrite). */
export async function mutate<T>(source: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
  // the write names itself: if its answer is lost on the way (a dropped connection, a database server
  // failing over), it is sent again under the same name and the server applies it once
  const key = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  let r = await query<T>(source, variables, key);
  for (let again = 1; again <= 2 && r.error?.code === 'NETWORK'; again++) {
    await new Promise((done) => setTimeout(done, 700 * again));
    r = await query<T>(source, variables, key);
  }
  if (r.data && !r.error) afterWrite(source);
  return r;
}

export async function login(username: string, password: string): Promise<string | null> {
  const r = await run(LoginDocument, { username, password });
  if (!r.data?.login) return r.error?.message ?? t('requestFailed', { n: '' });
  localStorage.setItem(TOKEN_KEY, r.data.login.token);
  localStorage.setItem(USER_KEY, JSON.stringify(r.data.login.user));
  currentUser.value = r.data.login.user;
  return null;
}

/** Changes the signed-in user's password; answers the server's message when refused. */
export async function changePassword(current: string, next: string): Promise<string | null> {
  const r = await run(ChangePasswordDocument, { current, next });
  if (!r.data?.changePassword) return r.error?.message ?? t('requestFailed', { n: '' });
  if (currentUser.value) {
    currentUser.value = { ...currentUser.value, mustChangePassword: false };
    localStorage.setItem(USER_KEY, JSON.stringify(currentUser.value));
  }
  return null;
}

/** Why the last session ended without the user signing out, for the sign-in page (or ''). */
export const signedOutBecause = ref('');

function signedOut(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
  currentUser.value = null;
  // nothing one user read is shown to the next
  readOnce.clear();
  void apollo.clearStore();
}

export async function logout(): Promise<void> {
  await run(LogoutDocument, {});
  signedOut();
}

/** Reads a streamed answer of JSON lines (NDJSON) with the session token, handing each line over as it arrives. */
export async function streamLines(url: string, onLine: (line: Record<string, unknown>) => void): Promise<void> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok)
    throw new Error((await res.json().catch(() => null))?.error?.message ?? t('requestFailed', { n: res.status }));
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let rest = '';
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    const lines = (rest + r.value).split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines) if (l.trim()) onLine(JSON.parse(l) as Record<string, unknown>);
  }
  if (rest.trim()) onLine(JSON.parse(rest) as Record<string, unknown>);
}

/** A file the server keeps (an attachment), with the session token, as a Blob to show (a thumbnail, the viewer). */
export async function fetchBlob(url: string): Promise<Blob> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok)
    throw new Error((await res.json().catch(() => null))?.error?.message ?? t('requestFailed', { n: res.status }));
  return res.blob();
}

/** Downloads a streamed export with the session token. */
export async function download(url: string, filename: string, onProgress?: (bytes: number) => void): Promise<void> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok)
    throw new Error((await res.json().catch(() => null))?.error?.message ?? t('requestFailed', { n: res.status }));
  // read as it streams, telling how much has come (a long export shows it is alive)
  const parts: Uint8Array[] = [];
  let bytes = 0;
  const reader = res.body!.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    parts.push(r.value);
    bytes += r.value.byteLength;
    onProgress?.(bytes);
  }
  const blob = new Blob(parts as BlobPart[], { type: res.headers.get('content-type') ?? 'application/octet-stream' });
  // the name the server gives (Chinese, with the date) is the one saved
  const named = /filename\*=UTF-8''([^;]+)/i.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = named ? decodeURIComponent(named) : filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** Posts a file with the session token; answers the JSON reply (an error's message when refused). */
export async function upload<T>(url: string, file: Blob): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { ...authHeaders(), 'content-type': 'application/octet-stream' },
    body: file,
  });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? t('requestFailed', { n: res.status }));
  return body as T;
}

/** Where a long upload is: the bytes sent, then each step the server reports as it begins. */
export type UploadProgress = { sent: number; total: number } | { step: string; rows: number };
type Reported<T> = { status: number; body: T & { error?: { message: string } } };

/**
 * Posts a file and answers the JSON report whatever the status (a dry run that found errors is a 422
 * with its report), asking for the server's progress (NDJSON): how much of the file has gone up, then
 * each step as it begins. XMLHttpRequest, not fetch: only it tells how much of a body has been sent.
 */
export function postForReport<T>(
  url: string,
  file: Blob,
  onProgress?: (p: UploadProgress) => void,
): Promise<Reported<T>> {
  return new Promise((resolve) => {
    const failed = () => ({ error: { message: t('requestFailed', { n: xhr.status }) } });
    const done = (status: number, body: unknown) => resolve({ status, body: body as Reported<T>['body'] });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [k, v] of Object.entries({ ...authHeaders(), 'content-type': 'application/octet-stream' }))
      xhr.setRequestHeader(k, v);
    xhr.setRequestHeader('accept', 'application/x-ndjson, application/json');
    xhr.upload.onprogress = (e) => onProgress?.({ sent: e.loaded, total: e.total || file.size });
    let read = 0;
    let last: Record<string, unknown> = {};
    const lines = () => {
      const end = xhr.responseText.lastIndexOf('\n') + 1;
      for (const l of xhr.responseText.slice(read, end).split('\n'))
        if (l.trim()) {
          last = JSON.parse(l) as Record<string, unknown>;
          if (typeof last.step === 'string') onProgress?.(last as { step: string; rows: number });
        }
      read = Math.max(read, end);
    };
    xhr.onprogress = () => {
      if ((xhr.getResponseHeader('content-type') ?? '').includes('ndjson')) lines();
    };
    xhr.onload = () => {
      if (!(xhr.getResponseHeader('content-type') ?? '').includes('ndjson')) {
        try {
          return done(xhr.status, JSON.parse(xhr.responseText));
        } catch {
          return done(xhr.status, failed());
        }
      }
      lines();
      done(Number(last.status ?? 500), last.report ?? { error: last.error ?? failed().error });
    };
    xhr.onerror = () => done(0, failed());
    xhr.send(file);
  });
}
