import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger.js';
import type { DataSource } from 'typeorm';
import { TrailTampered } from '../../core/audit/checkpoint.js';
import { beginExport, type ExportStamp } from '../../core/ledger/files/workbook-manifest.js';

/** The JSON error every non-GraphQL failure answers with: a code, a message, maybe the field. */
export function sendError(res: Response, status: number, code: string, message: string, field?: string): void {
  res.locals.errorCode = code;
  res.status(status).json({ error: { code, message, ...(field ? { field } : {}) } });
}

interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** Known failures of body parsing and routing, as the client should read them. */
function classify(err: HttpishError): { status: number; code: string; message: string } | null {
  const status = err.status ?? err.statusCode;
  switch (err.type) {
    case 'entity.parse.failed':
      return { status: 400, code: 'INVALID_JSON', message: '请求体不是有效的 JSON 对象 (body is not a JSON object)' };
    case 'entity.too.large':
      return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求体过大 (body too large)' };
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return { status: 415, code: 'UNSUPPORTED_ENCODING', message: '不支持的编码 (unsupported encoding)' };
    case 'request.aborted':
      return { status: 400, code: 'REQUEST_ABORTED', message: '请求被中断 (request aborted)' };
  }
  if (err instanceof URIError) return { status: 400, code: 'BAD_URL', message: '网址无效 (malformed URL)' };
  if (status && status >= 400 && status < 500)
    return { status, code: 'BAD_REQUEST', message: '请求无效 (bad request)' };
  return null;
}

/**
 * Express's last error handler: never its HTML page, never a stack or a path to the client. A
 * client's mistake is one log line (the request log's); an internal failure logs its stack here.
 */
export function jsonErrors(log: Logger) {
  return (err: unknown, req: Request, res: Response, _next: NextFunction): void => {
    const known = classify((err ?? {}) as HttpishError);
    if (!known) log.error({ reqId: res.locals.requestId, err }, 'internal error');
    const { status, code, message } = known ?? {
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      message: '服务器内部错误 (internal server error)',
    };
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, status, code, message);
  };
}

/** Answers unknown routes under the API prefixes as JSON 404s. */
export function notFound(_req: Request, res: Response): void {
  sendError(res, 404, 'NOT_FOUND', '没有这个地址 (no such address)');
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Today in China, for file names (yyyy-mm-dd). */
export const chinaDay = (at = new Date()): string => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Headers of a download: its type, and its name in Chinese (with an ASCII fallback for old clients). */
export function attachment(res: Response, type: string, name: string, asciiName: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
  );
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * Stamps an export (its id and the signed head it quotes) before a byte goes out. Over a trail that
 * does not verify since the last signed checkpoint nothing is signed: the refusal is logged at error
 * (an insider may have rewritten the database) and answered 409 with the break in words; null then.
 */
export async function stampExport(
  ds: DataSource,
  res: Response,
  log: { error(obj: object, msg: string): void },
  headFrom: DataSource = ds,
): Promise<ExportStamp | null> {
  try {
    return await beginExport(ds, headFrom);
  } catch (e) {
    if (!(e instanceof TrailTampered)) throw e;
    log.error(
      { reqId: res.locals.requestId, seq: e.seq, problem: e.message },
      'audit trail broken: export refused, nothing signed',
    );
    sendError(
      res,
      409,
      'TRAIL_BROKEN',
      `审计链校验未通过，本次导出未签名也未导出：${e.message}。请通知系统管理员核查。`,
    );
    return null;
  }
}
