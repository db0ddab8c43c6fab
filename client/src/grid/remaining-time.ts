import type { Lang } from '../i18n';

export type Urgency = 'overdue' | 'soon' | 'ok';

const UNITS = {
  zh: { d: '天', h: '小时', m: '分钟', left: '剩', late: '超期' },
  en: { d: 'd', h: 'h', m: 'min', left: '', late: 'late ' },
};

/** 「剩 5 小时」, 「剩 1 天」, 「超期 2 天」 (whole units, rounded down) from the seconds the server computed; '' for none (closed). */
export function remainingText(seconds: number | null | undefined, lang: Lang): string {
  if (seconds === null || seconds === undefined) return '';
  const u = UNITS[lang];
  const abs = Math.abs(seconds);
  const days = Math.floor(abs / 86_400);
  const hours = Math.floor((abs % 86_400) / 3600);
  const sp = lang === 'zh' ? ' ' : '';
  let span: string;
  if (abs < 3600) span = `${Math.max(1, Math.floor(abs / 60))}${sp}${u.m}`;
  else if (days === 0) span = `${hours}${sp}${u.h}`;
  else span = `${days}${sp}${u.d}`;
  const word = seconds < 0 ? u.late : u.left;
  return lang === 'zh' ? `${word} ${span}` : seconds < 0 ? `${word}${span}` : `${span} left`;
}

/** Once the step ended (the customer answered): 「按期完成」 or 「超期 2 天完成」 from how late it ended; '' while it is due. */
export function finishedText(secondsLate: number | null | undefined, lang: Lang): string {
  if (secondsLate === null || secondsLate === undefined) return '';
  if (secondsLate <= 0) return lang === 'zh' ? '按期完成' : 'on time';
  const late = remainingText(-secondsLate, lang);
  return lang === 'zh' ? `${late}完成` : `done ${late}`;
}

/** Overdue, due within a day, or later. */
export function urgencyOf(seconds: number | null | undefined): Urgency | null {
  if (seconds === null || seconds === undefined) return null;
  return seconds < 0 ? 'overdue' : seconds < 86_400 ? 'soon' : 'ok';
}
