import { describe, expect, it } from 'vitest';
import { finishedText, remainingText, urgencyOf } from './remaining-time.js';

describe('remaining time', () => {
  it('reads as the clerk says it', () => {
    expect(remainingText(5 * 3600 + 120, 'zh')).toBe('剩 5 小时');
    expect(remainingText(-2 * 86_400 - 60, 'zh')).toBe('超期 2 天');
    expect(remainingText(86_400 + 20 * 3600, 'zh')).toBe('剩 1 天');
    expect(remainingText(10 * 86_400, 'zh')).toBe('剩 10 天');
    expect(remainingText(-90, 'zh')).toBe('超期 1 分钟');
    expect(remainingText(null, 'zh')).toBe('');
    expect(remainingText(3 * 3600, 'en')).toBe('3h left');
  });

  it('colours by urgency', () => {
    expect(urgencyOf(-1)).toBe('overdue');
    expect(urgencyOf(3600)).toBe('soon');
    expect(urgencyOf(2 * 86_400)).toBe('ok');
    expect(urgencyOf(null)).toBeNull();
  });
});

describe('a finished step', () => {
  it('reads 按期完成 or 超期 n 天完成', () => {
    expect(finishedText(-3600, 'zh')).toBe('按期完成');
    expect(finishedText(0, 'zh')).toBe('按期完成');
    expect(finishedText(2 * 86_400 + 5, 'zh')).toBe('超期 2 天完成');
    expect(finishedText(null, 'zh')).toBe('');
  });
});
