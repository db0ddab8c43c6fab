import { describe, expect, it } from 'vitest';
import { errorLanguage, localizeError } from './error-language.js';

describe('errors in the reader’s language', () => {
  it('reads the language from Accept-Language, Chinese by default', () => {
    expect(errorLanguage(undefined)).toBe('zh');
    expect(errorLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh');
    expect(errorLanguage('en-US,en;q=0.9')).toBe('en');
  });

  it('keeps one half of a bilingual message', () => {
    const e = { message: '「审计（只读）」角色无权执行此操作 (role not allowed)', extensions: { code: 'FORBIDDEN' } };
    expect(localizeError(e, 'zh').message).toBe('「审计（只读）」角色无权执行此操作');
    expect(localizeError(e, 'en').message).toBe('role not allowed');
  });

  it("translates GraphQL's own checks and names the variable", () => {
    const e = {
      message: 'Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"',
      extensions: { code: 'BAD_USER_INPUT' },
    };
    const zh = localizeError(e, 'zh');
    expect(zh.message).toBe('参数 first 取值无效');
    expect(zh.extensions).toMatchObject({ field: 'first', detail: e.message });
    expect(localizeError(e, 'en')).toBe(e);
    expect(
      localizeError(
        { message: 'Cannot query field "nope" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
        'zh',
      ).message,
    ).toBe('Query 没有字段 nope');
    const nested =
      'Variable "$input" got invalid value { status: "CLOSED" } at "input.updates[0].values"; Field "status" is not defined by type "ComplaintValues".';
    expect(localizeError({ message: nested, extensions: { code: 'BAD_USER_INPUT' } }, 'zh').message).toBe(
      '参数 input 取值无效：ComplaintValues 没有字段 status',
    );
    expect(
      localizeError(
        {
          message: 'Value "NOPE" does not exist in "ComplaintStatus" enum.',
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        },
        'zh',
      ).message,
    ).toBe('NOPE 不是 ComplaintStatus 的取值');
    expect(
      localizeError({ message: 'Something new from GraphQL', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, 'zh')
        .message,
    ).toBe('请求与接口定义不符，请刷新页面后重试');
  });

  it('leaves our own Chinese messages and coded reasons alone', () => {
    const e = {
      message: 'first: 应在 1–500 之间',
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE', field: 'first' },
    };
    expect(localizeError(e, 'zh')).toBe(e);
  });
});
