import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from '@/lib/analytics/free-text';

describe('free text shown to strategists', () => {
  it('is scrubbed of personal identity numbers, phone numbers and e-mail addresses', () => {
    expect(scrubPersonalData('Ring 070-123 45 67 eller mejla anna.a@example.se, pnr 19850101-1234.')).toBe(
      'Ring [telefon] eller mejla [e-post], pnr [personnummer].',
    );
  });

  it('leaves ordinary text alone', () => {
    expect(scrubPersonalData('Dialogmötena 2025 var bra, 3 av 4 gånger.')).toBe('Dialogmötena 2025 var bra, 3 av 4 gånger.');
  });
});
