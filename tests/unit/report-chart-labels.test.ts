import { describe, expect, it } from 'vitest';
import { labelLines } from '@/app/(staff)/reports/[roundId]/share-bars';

describe("the report chart's group labels", () => {
  it('breaks a long label between words so that no line reaches the bar', () => {
    expect(labelLines('Uppehållstillstånd eller tillfälligt skydd')).toEqual([
      'Uppehållstillstånd',
      'eller tillfälligt',
      'skydd',
    ]);
    expect(labelLines('Kommuner')).toEqual(['Kommuner']);
  });

  it('cuts a single word longer than a line instead of letting it run into the bar', () => {
    const lines = labelLines('Socialförvaltningsnämndsordförandeskapet', 24);
    expect(lines.every((line) => line.length <= 24)).toBe(true);
    expect(lines.join('')).toBe('Socialförvaltningsnämndsordförandeskapet');
  });
});
