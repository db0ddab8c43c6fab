import { ref, type Ref } from 'vue';
import { download } from '../api';
import { place } from '../address';

/**
 * 导出 Excel on an analysis page: what the page shows, asked again by the server from the question
 * in the address. The button waits while it runs (a double click makes one file); a refusal lands
 * in the page's message.
 */
export function useShownExport(page: string, file: string, error: Ref<string>) {
  const exporting = ref(false);
  async function exportShown() {
    if (exporting.value) return;
    exporting.value = true;
    try {
      await download(`/reports/analysis/${page}.xlsx?${new URLSearchParams(place.value.ask ?? {})}`, file);
    } catch (e) {
      error.value = (e as Error).message;
    } finally {
      exporting.value = false;
    }
  }
  return { exporting, exportShown };
}
