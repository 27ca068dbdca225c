import { describe, expect, it } from 'vitest';
import { placeholdersLeft } from './unresolved-placeholders.ts';

describe('placeholders left before sending', () => {
  it('names those still in the text, once each', () => {
    expect(placeholdersLeft('Hi Olga, your order #{order_no} to #{city}', ['#{order_no}', '#{city}', '#{order_no}'])).toEqual(['#{order_no}', '#{city}']);
  });

  it('forgets those the operator filled in or deleted', () => {
    expect(placeholdersLeft('Hi Olga, your order 1042 to Kazan', ['#{order_no}', '#{city}'])).toEqual([]);
  });
});
