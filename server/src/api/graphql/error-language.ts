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

/** GraphQL-js's own messages, in Chinese, keeping the names they concern. */
const GRAPHQL_MESSAGES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^Variable "\$(\w+)" of required type "([^"]+)" was not provided/, (m) => `缺少必填参数 ${m[1]}（${m[2]}）`],
  [
    /^Variable "\$(\w+)" got invalid value .*?; Field "(\w+)" is not defined by type "(\w+)"/s,
    (m) => `参数 ${m[1]} 取值无效：${m[3]} 没有字段 ${m[2]}`,
  ],
  [
    /^Variable "\$(\w+)" got invalid value .*?; Field "(\w+)" of required type "([^"]+)" was not provided/s,
    (m) => `参数 ${m[1]} 取值无效：缺少必填字段 ${m[2]}（${m[3]}）`,
  ],
  [
    /^Variable "\$(\w+)" got invalid value .*?(?:at "[^"]*"; )?Value "([^"]*)" does not exist in "(\w+)" enum/s,
    (m) => `参数 ${m[1]} 取值无效：${m[2]} 不是 ${m[3]} 的取值`,
  ],
  [
    /^Variable "\$(\w+)" got invalid value (.*?); .*Expected type "([^"]+)"/s,
    (m) => `参数 ${m[1]} 取值无效：${m[2]} 不是 ${m[3]}`,
  ],
  [/^Variable "\$(\w+)" got invalid value/, (m) => `参数 ${m[1]} 取值无效`],
  [/^Cannot query field "(\w+)" on type "(\w+)"/, (m) => `${m[2]} 没有字段 ${m[1]}`],
  [/^Field "(\w+)" is not defined by type "(\w+)"/, (m) => `${m[2]} 没有字段 ${m[1]}`],
  [/^Unknown argument "(\w+)" on field "([\w.]+)"/, (m) => `${m[2]} 没有参数 ${m[1]}`],
  [/^Value "([^"]*)" does not exist in "(\w+)" enum/, (m) => `${m[1]} 不是 ${m[2]} 的取值`],
  [/^Enum "(\w+)" cannot represent non-enum value: (.*?)\./, (m) => `${m[2]} 不是 ${m[1]} 的取值`],
  [/^Expected value of type "([^"]+)", found (.*?)[;.]/, (m) => `${m[2]} 不是 ${m[1]}`],
  [
    /^Field "([\w.]+)" argument "(\w+)" of type "([^"]+)" is required/,
    (m) => `${m[1]} 缺少必填参数 ${m[2]}（${m[3]}）`,
  ],
  [/introspection is not allowed/i, () => '生产环境不开放接口结构查询（introspection）'],
  [/^Syntax Error: (.*)/, () => '请求无法解析，请刷新页面后重试'],
];

const GRAPHQL_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: '请求无法解析，请刷新页面后重试',
  GRAPHQL_VALIDATION_FAILED: '请求与接口定义不符，请刷新页面后重试',
  BAD_REQUEST: '请求无效',
  PERSISTED_QUERY_NOT_FOUND: '请求无效',
  OPERATION_RESOLUTION_FAILURE: '请求无效',
};

/** A GraphQL-js message about an argument or variable: the name it concerns. */
function subjectOf(message: string): string | null {
  return (
    /Variable "\$(\w+)"/.exec(message)?.[1] ??
    /[Aa]rgument "(\w+)"/.exec(message)?.[1] ??
    /[Ff]ield "(\w+)"/.exec(message)?.[1] ??
    null
  );
}

function translated(e: GraphQLFormattedError): string | null {
  for (const [re, say] of GRAPHQL_MESSAGES) {
    const m = re.exec(e.message);
    if (m) return say(m);
  }
  const code = String(e.extensions?.code ?? '');
  if (code === 'BAD_USER_INPUT' && !e.extensions?.reason) return '参数取值无效';
  return GRAPHQL_CODES[code] ?? (code === 'INTERNAL_SERVER_ERROR' ? '服务器内部错误' : null);
}

/** One error in the reader's language; the English original of a translated GraphQL check stays in `extensions.detail`. */
export function localizeError(e: GraphQLFormattedError, lang: ErrorLanguage): GraphQLFormattedError {
  const bilingual = BILINGUAL.exec(e.message);
  if (bilingual) return { ...e, message: lang === 'zh' ? bilingual[1].trim() : bilingual[2].trim() };
  if (lang === 'en' || /[\u4e00-\u9fff]/.test(e.message)) return e;
  const message = translated(e);
  if (!message) return e;
  const subject = subjectOf(e.message);
  return {
    ...e,
    message,
    extensions: { ...e.extensions, detail: e.message, ...(subject && !e.extensions?.field ? { field: subject } : {}) },
  };
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
