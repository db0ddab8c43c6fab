import express from 'express';
import type { DataSource } from 'typeorm';
import { addAttachment, attachmentFor, type AttachmentLimits } from '../../core/attachments/attachments.js';
import { DatabaseBlobStore } from '../../core/attachments/blob-store.js';
import { contentDisposition } from '../../core/attachments/file-name.js';
import { FileRefusal } from '../../core/attachments/file-type.js';
import { ForbiddenError } from '../../core/ledger/ledger-service.js';
import { getLedger } from '../../core/ledger/schema/define-ledger.js';
import { LedgerInputError } from '../../core/ledger/schema/ledger-input-error.js';
import { sendError } from './http-errors.js';
import type { Logger } from './logger.js';
import { signedIn } from './session.js';

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxFileBytes: 64 * 1048576,
  maxRecordBytes: 256 * 1048576,
};

/** An attachment refused, as the client reads it: the file's own problems name `file`. */
function sentRefusal(res: express.Response, e: unknown): boolean {
  if (e instanceof FileRefusal) sendError(res, e.code === 'TOO_LARGE' ? 413 : 422, e.code, e.message, 'file');
  else if (e instanceof ForbiddenError) sendError(res, 403, 'FORBIDDEN', e.message);
  else if (e instanceof LedgerInputError) sendError(res, e.code === 'NOT_FOUND' ? 404 : 400, e.code, e.message, e.path);
  else return false;
  return true;
}

/**
 * - `POST /attachments/<ledger>/<row id>?category=<code>&name=<file name>` (the file as the body):
 *   streamed into the store a chunk at a time, never held whole; answers the attachment.
 * - `GET /attachments/<id>` the file, as an attachment (`?inline=1`: images and PDF shown in the
 *   browser, under a CSP that runs nothing, never sniffed).
 */
export function attachmentsRouter(ds: DataSource, log: Logger, limits: AttachmentLimits): express.Router {
  const router = express.Router();
  const store = new DatabaseBlobStore(ds);

  router.post('/attachments/:ledger/:id', async (req, res) => {
    const user = await signedIn(ds, req, res, null, '');
    if (!user) return;
    const ledger = getLedger(String(req.params.ledger));
    if (!ledger) return sendError(res, 404, 'NOT_FOUND', '没有这个台账');
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limits.maxFileBytes) {
      res.setHeader('Connection', 'close'); // the rest of the body is not read
      return sendError(
        res,
        413,
        'TOO_LARGE',
        `文件超过 ${limits.maxFileBytes / 1048576} MB：请压缩或拆分后再上传`,
        'file',
      );
    }
    try {
      const info = await addAttachment(
        ds,
        store,
        { userId: user.id, role: user.role, displayName: user.displayName, departmentId: user.departmentId },
        ledger,
        Number(req.params.id),
        { category: String(req.query.category ?? ''), fileName: String(req.query.name ?? ''), body: req },
        limits,
      );
      res.status(201).json({ attachment: info });
    } catch (e) {
      req.resume(); // what is left of a refused body is read and dropped
      if (sentRefusal(res, e)) return;
      log.error({ reqId: res.locals.requestId, err: e }, 'attachment upload failed');
      sendError(res, 500, 'INTERNAL', '附件保存失败：什么都没有留下');
    }
  });

  router.get('/attachments/:id', async (req, res) => {
    const user = await signedIn(ds, req, res, null, '');
    if (!user) return;
    let found: Awaited<ReturnType<typeof attachmentFor>>;
    try {
      found = await attachmentFor(
        ds,
        { userId: user.id, role: user.role, displayName: user.displayName },
        Number(req.params.id),
        getLedger,
      );
    } catch (e) {
      if (sentRefusal(res, e)) return;
      throw e;
    }
    const { info, blobId } = found;
    const inline = req.query.inline === '1' && info.inline;
    res.setHeader('Content-Type', info.mime);
    res.setHeader('Content-Length', String(info.size));
    res.setHeader('Content-Disposition', contentDisposition(inline ? 'inline' : 'attachment', info.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // nothing in a file runs: no scripts, no frames, no requests out (a PDF keeps the browser's own viewer)
    res.setHeader(
      'Content-Security-Policy',
      info.mime === 'application/pdf'
        ? "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"
        : "default-src 'none'; img-src 'self'; sandbox",
    );
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('ETag', `"${info.sha256}"`);
    try {
      for await (const chunk of store.read(blobId)) {
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    } catch (e) {
      log.error({ reqId: res.locals.requestId, err: e }, 'attachment download failed');
      res.destroy();
    }
  });
  return router;
}
