import { ref } from 'vue';
import type { CurrentUser } from './generated/graphql';
import { ChangePasswordDocument, LoginDocument, LogoutDocument } from './generated/operations';
import type { TypedDocument } from './graphql/typed-document';
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
  return { 'accept-language': lang.value === 'en' ? 'en' : 'zh-CN', ...(tok ? { authorization: `Bearer ${tok}` } : {}) };
}

export interface GqlResult<T> {
  data: T | null;
  error: { message: string; code?: string; field?: string } | null;
}

type GqlError = { message: string; extensions?: Record<string, unknown> };

/**
 * One GraphQL request: a plain POST of the query and its variables (the client caches nothing —
 * ledgers change under other clerks — so a GraphQL client library would only add weight).
 */
async function request<T>(source: string, variables: Record<string, unknown>): Promise<GqlResult<T>> {
  let res: Response;
  try {
    res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...authHeaders() }, body: JSON.stringify({ query: source, variables }) });
  } catch {
    return { data: null, error: { message: t('networkError'), code: 'NETWORK' } };
  }
  const body = (await res.json().catch(() => null)) as { data?: T | null; errors?: GqlError[] } | null;
  if (!body) return { data: null, error: { message: t('requestFailed', { n: res.status }), code: 'NETWORK' } };
  const g = body.errors?.[0];
  if (g?.extensions?.code === 'UNAUTHENTICATED' && token()) signedOut();
  return { data: body.data ?? null, error: g ? { message: g.message, code: String(g.extensions?.code ?? ''), field: (g.extensions?.field as string) ?? undefined } : null };
}

/** Runs a query or a mutation (one request either way). */
export function query<T>(source: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
  return request<T>(source, variables);
}
export const mutate = query;

/** Runs one of the client's fixed operations (generated/operations.ts), typed by its document. */
export function run<R, V>(doc: TypedDocument<R, V>, variables: V): Promise<GqlResult<R>> {
  const vars = variables as Record<string, unknown>;
  return query<R>(doc.source, vars);
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

function signedOut(): void {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
  currentUser.value = null;
}

export async function logout(): Promise<void> {
  await run(LogoutDocument, {});
  signedOut();
}

/** Downloads a streamed export with the session token. */
export async function download(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { headers: authHeaders() });
  if (!res.ok) throw new Error((await res.json().catch(() => null))?.error?.message ?? t('requestFailed', { n: res.status }));
  const blob = await res.blob();
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
  const res = await fetch(url, { method: 'POST', headers: { ...authHeaders(), 'content-type': 'application/octet-stream' }, body: file });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? t('requestFailed', { n: res.status }));
  return body as T;
}

/** Posts a file and answers the JSON report whatever the status (a dry run that found errors is a 422 with its report). */
export async function postForReport<T>(url: string, file: Blob): Promise<{ status: number; body: T & { error?: { message: string } } }> {
  const res = await fetch(url, { method: 'POST', headers: { ...authHeaders(), 'content-type': 'application/octet-stream' }, body: file });
  const body = await res.json().catch(() => ({ error: { message: t('requestFailed', { n: res.status }) } }));
  return { status: res.status, body };
}
