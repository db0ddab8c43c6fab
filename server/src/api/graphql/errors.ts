import { GraphQLError } from 'graphql';

/** Bad input that concerns one field; clients see `extensions.code` and `extensions.field`. */
export function badInput(field: string, code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', reason: code, field } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = '请先登录 (sign in first)'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extra } });
}

export function passwordChangeRequired(): GraphQLError {
  return new GraphQLError('请先修改一次性密码 (change your one-time password first)', {
    extensions: { code: 'PASSWORD_CHANGE_REQUIRED' },
  });
}
