import { describe, expect, it } from '@jest/globals';
import { TransferEstimator, formatBytes, formatSpeed, formatTimeLeft } from './transfer-estimate';

describe('TransferEstimator', () => {
  it('says nothing until half a second of progress has been seen', () => {
    const e = new TransferEstimator(1_000_000);
    expect(e.update({ sent: 0, at: 0 })).toEqual({ bytesPerSecond: null, secondsLeft: null });
    expect(e.update({ sent: 10_000, at: 300 }).bytesPerSecond).toBeNull();
    const after = e.update({ sent: 20_000, at: 600 });
    expect(after.bytesPerSecond).toBeCloseTo(10_000 / 0.3, 0);
  });

  it('gives the time left at a steady 50 KB/s (400 kbps)', () => {
    const e = new TransferEstimator(1_500_000);
    for (let t = 0; t <= 10_000; t += 1000) e.update({ sent: t * 50, at: t });
    const { bytesPerSecond, secondsLeft } = e.update({ sent: 550_000, at: 11_000 });
    expect(bytesPerSecond).toBeCloseTo(50_000, 3);
    expect(secondsLeft).toBeCloseTo(19, 3);
  });

  it('smooths a bursty link: one stalled second moves the speed by a fraction, not to zero', () => {
    const e = new TransferEstimator(10_000_000);
    let sent = 0;
    for (let t = 0; t <= 20_000; t += 1000) e.update({ sent: (sent = t * 50), at: t });
    const stalled = e.update({ sent, at: 21_000 }).bytesPerSecond ?? 0;
    // One second of nothing against a 5 s time constant: about 18 % lower.
    expect(stalled).toBeGreaterThan(40_000);
    expect(stalled).toBeLessThan(42_000);
  });

  it('does not count bytes that were already on the server when the upload resumed as speed', () => {
    const e = new TransferEstimator(2_000_000);
    e.start({ sent: 1_000_000, at: 0 });
    const { bytesPerSecond } = e.update({ sent: 1_050_000, at: 1000 });
    expect(bytesPerSecond).toBeCloseTo(50_000, 3);
  });

  it('after a pause, the gap does not count as a slow interval', () => {
    const e = new TransferEstimator(2_000_000);
    for (let t = 0; t <= 5000; t += 1000) e.update({ sent: t * 50, at: t });
    e.pause();
    e.update({ sent: 250_000, at: 65_000 });
    const { bytesPerSecond } = e.update({ sent: 300_000, at: 66_000 });
    expect(bytesPerSecond).toBeCloseTo(50_000, 3);
  });

  it('says 0 seconds left once everything is sent', () => {
    const e = new TransferEstimator(100_000);
    e.update({ sent: 0, at: 0 });
    expect(e.update({ sent: 100_000, at: 1000 }).secondsLeft).toBe(0);
  });
});

describe('formatting', () => {
  it('bytes, speeds and time left read as people say them', () => {
    expect(formatBytes(999)).toBe('999 bytes');
    expect(formatBytes(820_400)).toBe('820 KB');
    expect(formatBytes(1_450_000)).toBe('1.4 MB');
    expect(formatSpeed(50_000)).toBe('400 kbps');
    expect(formatSpeed(150_000)).toBe('1.2 Mbps');
    expect(formatTimeLeft(null)).toBe('working out the time left…');
    expect(formatTimeLeft(42)).toBe('less than a minute left');
    expect(formatTimeLeft(60)).toBe('about 1 minute left');
    expect(formatTimeLeft(719)).toBe('about 12 minutes left');
    expect(formatTimeLeft(3900)).toBe('about 1 hour 5 minutes left');
    expect(formatTimeLeft(7200)).toBe('about 2 hours left');
  });
});
