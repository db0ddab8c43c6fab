import { GRID_LOCALE_CN } from '../generated/grid-locale-cn';
import { computed } from 'vue';
import { lang } from '../i18n';

/** AG Grid's own texts in the UI language; the date format hint reads 年-月-日 rather than yyyy-mm-dd. */
export const gridLocaleText = computed(() =>
  lang.value === 'zh' ? { ...GRID_LOCALE_CN, dateFormatOoo: '年-月-日' } : undefined,
);
