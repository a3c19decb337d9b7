import { describe, expect, it } from 'vitest';
import { proportionChange, standardNormalCdf, wilsonInterval } from '@/lib/analytics/statistics';

describe('Wilson 95 % interval', () => {
  it('8 positive of 10 gives 49.0 %–94.3 % (worked by hand: centre 0.7167, half-width 0.2266)', () => {
    const { low, high } = wilsonInterval(8, 10);
    expect(low).toBeCloseTo(0.4902, 4);
    expect(high).toBeCloseTo(0.9433, 4);
  });

  it('0 of 5 starts exactly at 0 and reaches z²/n / (1 + z²/n) = 43.4 %', () => {
    const { low, high } = wilsonInterval(0, 5);
    expect(low).toBe(0);
    expect(high).toBeCloseTo(0.4345, 4);
  });

  it('all of 20 positive ends at 1 and starts at 83.9 %', () => {
    const { low, high } = wilsonInterval(20, 20);
    expect(high).toBe(1);
    expect(low).toBeCloseTo(0.8389, 4);
  });

  it('a large group gives an interval close to p ± 1.96·se (500 of 1000: 46.9 %–53.1 %)', () => {
    const { low, high } = wilsonInterval(500, 1000);
    expect(low).toBeCloseTo(0.4691, 4);
    expect(high).toBeCloseTo(0.5309, 4);
  });

  it('refuses counts that cannot be a share', () => {
    expect(() => wilsonInterval(3, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(6, 5)).toThrow(RangeError);
  });
});

describe('change between two rounds (pooled two-proportion z-test)', () => {
  it('60 % of 100 against 45 % of 100: z = 0.15 / 0.07062 = 2.124, p = 0.034, larger than chance', () => {
    const change = proportionChange({ positive: 60, n: 100 }, { positive: 45, n: 100 });
    expect(change.difference).toBeCloseTo(0.15, 10);
    expect(change.z).toBeCloseTo(2.124, 3);
    expect(change.pValue).toBeCloseTo(0.0337, 4);
    expect(change.significant).toBe(true);
  });

  it('7 of 10 against 5 of 10: pooled 0.6, z = 0.2 / √(0.6·0.4·0.2) = 0.913, p = 0.361, not larger than chance', () => {
    const change = proportionChange({ positive: 7, n: 10 }, { positive: 5, n: 10 });
    expect(change.z).toBeCloseTo(0.9129, 4);
    expect(change.pValue).toBeCloseTo(0.3613, 3);
    expect(change.significant).toBe(false);
  });

  it('a fall is negative and symmetric to the rise', () => {
    const change = proportionChange({ positive: 45, n: 100 }, { positive: 60, n: 100 });
    expect(change.z).toBeCloseTo(-2.124, 3);
    expect(change.significant).toBe(true);
  });

  it('identical unanimous rounds show no change rather than dividing by zero', () => {
    expect(proportionChange({ positive: 10, n: 10 }, { positive: 8, n: 8 })).toEqual({
      difference: 0,
      z: 0,
      pValue: 1,
      significant: false,
    });
  });

  it('the normal distribution function gives Φ(1.96) = 0.975', () => {
    expect(standardNormalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(standardNormalCdf(0)).toBeCloseTo(0.5, 7);
  });
});
