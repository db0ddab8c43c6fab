import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdf, png } from '../helpers/files.js';
import { demoInBrowser, login } from './browser.js';

// A clerk keeps a complaint's materials with it: a photo picked from the disk, a screenshot pasted,
// a scanned letter; she sees them as thumbnails, opens them in the viewer, voids one with a reason;
// a program named as a photo is refused, saying why.
const session = demoInBrowser();
const page = (): Page => session.page;
const files = () => page().locator('[data-test=attachments] [data-file]');

async function focusFirstComplaint(): Promise<string> {
  await page().click('[data-ledger=complaint]');
  const row = page().locator('[data-test=grid-complaint] .ag-row[row-index="0"][row-id]').first();
  await row.waitFor();
  const rowId = (await row.getAttribute('row-id'))!;
  await page().locator(`[data-test=grid-complaint] .ag-row[row-id="${rowId}"] [col-id=complaintNo]`).click();
  // the row's files read before they are counted (the first test left some on this row)
  await page().locator('[data-test=attachments][data-loaded]').waitFor();
  return rowId;
}

describe('attachments in the grid', () => {
  for (const [w, h] of [
    [1600, 900],
    [1366, 768],
  ])
    it(`at ${w}×${h}: a photo picked, a screenshot pasted, a letter scanned — shown, opened, one voided with its reason`, async () => {
      await page().setViewportSize({ width: w, height: h });
      await login(page(), session.s.url, 'clerk');
      const rowId = await focusFirstComplaint();
      const complaintNo = await page()
        .locator(`[data-test=grid-complaint] .ag-row[row-id="${rowId}"] [col-id=complaintNo]`)
        .innerText();
      const before = await files().count();

      await page().selectOption('[data-test=attach-category]', { label: '故障照片' });
      await page()
        .locator('[data-test=attach-file]')
        .setInputFiles({ name: `设备外壳裂纹-${w}.png`, mimeType: 'image/png', buffer: png(40, 30, [30, 120, 200]) });
      await expect.poll(() => files().count()).toBe(before + 1);
      await expect.poll(() => page().locator(`[data-file="设备外壳裂纹-${w}.png"] img`).count()).toBe(1);

      // a screenshot from the clipboard, pasted on the drop zone by keyboard focus
      await page().focus('[data-test=attach-drop]');
      await page().evaluate(
        async (bytes) => {
          const dt = new DataTransfer();
          dt.items.add(new File([new Uint8Array(bytes)], 'image.png', { type: 'image/png' }));
          document
            .querySelector('[data-test=attach-drop]')!
            .dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
        },
        [...png(24, 24, [220, 220, 40])],
      );
      await expect.poll(() => files().count()).toBe(before + 2);
      expect((await files().last().getAttribute('data-file'))!).toMatch(/^截图-\d{8}-\d{4,6}\.png$/);

      await page().selectOption('[data-test=attach-category]', { label: '客户来函' });
      await page()
        .locator('[data-test=attach-file]')
        .setInputFiles({
          name: `客户来函-${w}.pdf`,
          mimeType: 'application/pdf',
          buffer: pdf('Letter from the customer'),
        });
      await expect.poll(() => files().count()).toBe(before + 3);
      expect(await page().locator(`[data-file="客户来函-${w}.pdf"]`).innerText()).toContain('客户来函');

      // the photo in the viewer
      await page().locator(`[data-file="设备外壳裂纹-${w}.png"] [data-test=attach-open]`).click();
      await page().locator('[data-test=attach-viewer] img').waitFor();
      await page().screenshot({ path: `test-results/attachment-viewer-${w}.png` });
      await page().keyboard.press('Escape'); // the viewer has the focus: Esc closes it
      await expect.poll(() => page().locator('[data-test=attach-viewer]').count()).toBe(0);
      // the camera input takes a photo as it comes (on a phone, straight from the camera)
      expect(await page().locator('[data-test=attach-camera]').getAttribute('capture')).toBe('environment');
      await page().screenshot({ path: `test-results/attachments-${w}.png` });

      // a program named as a photo: refused, saying why, nothing added
      await page()
        .locator('[data-test=attach-file]')
        .setInputFiles({
          name: '照片.png',
          mimeType: 'image/png',
          buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(5000, 7)]),
        });
      await expect
        .poll(() => page().locator('[data-test=attach-message]').innerText())
        .toContain('照片.png：不接受这种文件');
      expect(await files().count()).toBe(before + 3);

      // voided by keyboard with its reason; listed again when asked for voided ones
      await page().locator(`[data-file="设备外壳裂纹-${w}.png"] [data-test=attach-void]`).click();
      await page().fill('[data-test=attach-void-reason]', '拍错了设备');
      await page().keyboard.press('Enter');
      await expect.poll(() => files().count()).toBe(before + 2);
      await page().check('[data-test=attach-voided]');
      await expect
        .poll(() => page().locator(`[data-file="设备外壳裂纹-${w}.png"]`).innerText())
        .toContain('拍错了设备');
      await page().uncheck('[data-test=attach-voided]');

      // its paper form lists them, and prints its photos on an appendix page
      await page().locator(`[data-test=grid-complaint] .ag-row[row-id="${rowId}"] [col-id=complaintNo]`).click();
      await page().click('[data-test=print]');
      await expect.poll(() => page().locator('[data-test=paper-files]').innerText()).toContain(`客户来函-${w}.pdf`);
      await expect.poll(() => page().locator('[data-test=paper-appendix] img').count()).toBeGreaterThan(0);
      expect(await page().locator('[data-test=paper-files]').innerText()).not.toContain(`设备外壳裂纹-${w}.png`); // voided
      await page().screenshot({ path: `test-results/attachments-paper-${w}.png` });
      await page().click('[data-test=print-close]');

      // the grid counts them: 📎 on the row, at the end of its columns (End from the row's first cell);
      // the row found by its number each time (the grid may have scrolled while it read its rows again)
      const row = `[data-test=grid-complaint] .ag-row[row-id="${rowId}"]`;
      await expect
        .poll(
          async () => {
            await page().fill('[data-test=find]', complaintNo);
            await page().press('[data-test=find]', 'Enter');
            await page()
              .locator(`${row} [col-id=complaintNo]`)
              .click({ timeout: 2000 })
              .catch(() => undefined);
            await page().keyboard.press('End');
            return page()
              .locator(`${row} [col-id=__files]`)
              .innerText({ timeout: 1000 })
              .catch(() => '');
          },
          { timeout: 20_000 },
        ) // the grid reloads the row's count after the panel's changes
        .toBe(`📎 ${before + 2}`);
    });
});
