import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';

export type ErrorLanguage = 'zh' | 'en';

/** The reader's language from Accept-Language: English only when it comes before any Chinese. */
export function errorLanguage(acceptLanguage: string | null | undefined): ErrorLanguage {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}

// our messages read "中文 (english)"; GraphQL's own checks answer in English only
const BILINGUAL = /^(.*[\u4e00-\u9fff].*?)\s*\(([^()\u4e00-\u9fff]+)\)\s*$/s;

const GRAPHQL_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '请求无法解析，请刷新页面后重试',
  GRAPHQL_VALIDATION_FAILED: '请求与接口定义不符，请刷新页面后重试',
  BAD_REQUEST: '请求无效',
  PERSISTED_QUERY_NOT_FOUND: '请求无效',
  OPERATION_RESOLUTION_FAILURE: '请求无效',
};

/** A GraphQL-js message about an argument or variable: the name it concerns. */
function subjectOf(message: string): string | null {
  return /Variable "\$(\w+)"/.exec(message)?.[1] ?? /[Aa]rgument "(\w+)"/.exec(message)?.[1] ?? /[Ff]ield "(\w+)"/.exec(message)?.[1] ?? null;
}

/** One error in the reader's language; the English original of a translated GraphQL check stays in `extensions.detail`. */
export function localizeError(e: GraphQLFormattedError, lang: ErrorLanguage): GraphQLFormattedError {
  const bilingual = BILINGUAL.exec(e.message);
  if (bilingual) return { ...e, message: lang === 'zh' ? bilingual[1].trim() : bilingual[2].trim() };
  if (lang === 'en' || /[\u4e00-\u9fff]/.test(e.message)) return e;
  const code = String(e.extensions?.code ?? '');
  const subject = subjectOf(e.message);
  // input coerced by GraphQL itself (a wrong type in a variable) carries no reason of ours
  const translated = code === 'BAD_USER_INPUT' && !e.extensions?.reason
    ? `参数取值无效${subject ? `：${subject}` : ''}`
    : GRAPHQL_CODES[code] ?? (code === 'INTERNAL_SERVER_ERROR' ? '服务器内部错误' : null);
  if (!translated) return e;
  return { ...e, message: translated, extensions: { ...e.extensions, detail: e.message, ...(subject && !e.extensions?.field ? { field: subject } : {}) } };
}

/** Answers errors in the language the request asks for (Accept-Language), Chinese by default. */
export function errorLanguagePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const lang = errorLanguage(request.http?.headers.get('accept-language'));
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localizeError(e, lang));
        },
      };
    },
  };
}
