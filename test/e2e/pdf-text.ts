import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';

// the PDF's CJK font maps some characters to radicals (⼯ for 工, ⻔ for 门): NFKC folds the Kangxi ones
// back, these are the simplified forms of the rest
const RADICALS: Record<string, string> = {
  戶: '户',
  '⻔': '门',
  '⻅': '见',
  '⻛': '风',
  '⻓': '长',
  '⻋': '车',
  '⻢': '马',
  '⻜': '飞',
  '⻥': '鱼',
  '⻚': '页',
  '⻉': '贝',
  '⻙': '韦',
  '⻘': '青',
  '⻝': '食',
};
/** Text as compared: radicals folded, spaces dropped. */
export const n = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[戶⺀-⻳]/g, (c) => RADICALS[c] ?? c)
    .replace(/\s+/g, '');

/** The page printed to PDF as A4, each sheet's text read back (compared with `n`). */
export async function printedPages(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const out: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    out.push(n(content.items.map((it) => ('str' in it ? it.str : '')).join('')));
  }
  return out;
}
