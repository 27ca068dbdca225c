import { describe, expect, it } from 'vitest';
import { isPlaceholderName, shortClientId, visitorPlaceholderName } from './client-naming.ts';

describe('client naming', () => {
  it('knows the placeholder it gives a visitor who gave no name, and nothing else', () => {
    expect(visitorPlaceholderName('49e63b0a1c2d')).toBe('Visitor 49e63b');
    expect(isPlaceholderName(visitorPlaceholderName('49e63b0a1c2d'))).toBe(true);
    for (const name of ['Visitor', 'Visitor Anna', 'Anna Visitor 49e63b', 'Visitor 49e63bb', 'visitor 49e63b']) expect(isPlaceholderName(name)).toBe(false);
  });

  it('shows an id by its random end, since UUIDv7s of one minute share their start', () => {
    expect(shortClientId('019b0c3e-7a10-7f3c-8d2e-4b5a6c7d8e9f')).toBe('6c7d8e9f');
  });
});
