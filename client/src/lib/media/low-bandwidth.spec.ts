import { describe, expect, it } from '@jest/globals';
import { mediaUrl, prefersLowBandwidth } from './low-bandwidth';

describe('prefersLowBandwidth', () => {
  it('is on for save-data, 2G/3G and under 1.5 Mbps, off otherwise or when the browser does not say', () => {
    expect(prefersLowBandwidth({ saveData: true, effectiveType: '4g', downlink: 10 })).toBe(true);
    expect(prefersLowBandwidth({ effectiveType: '3g' })).toBe(true);
    expect(prefersLowBandwidth({ effectiveType: '4g', downlink: 0.4 })).toBe(true);
    expect(prefersLowBandwidth({ effectiveType: '4g', downlink: 10 })).toBe(false);
    expect(prefersLowBandwidth({ effectiveType: '4g', downlink: 0 })).toBe(false);
    expect(prefersLowBandwidth(undefined)).toBe(false);
  });
});

describe('mediaUrl', () => {
  it('streams the original or the low rendition, the id escaped', () => {
    expect(mediaUrl('abc123', false)).toBe('/api/media/abc123');
    expect(mediaUrl('abc123', true)).toBe('/api/media/abc123?rendition=low');
    expect(mediaUrl('a/b', false)).toBe('/api/media/a%2Fb');
  });
});
