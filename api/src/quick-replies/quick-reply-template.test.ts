import { describe, expect, it } from 'vitest';
import { fillTemplate } from './quick-reply-template.ts';

describe('the quick replies’ template', () => {
  const values = { first_name: 'Olga', city: '', phone: null };

  it('fills a variable with its value, in any case and with spaces inside the braces', () => {
    expect(fillTemplate('Hi #{first_name}, #{ FIRST_NAME }!', values)).toEqual({ text: 'Hi Olga, Olga!', unresolved: [] });
  });

  it('uses the fallback when the variable is unset or empty, and only then', () => {
    expect(fillTemplate('Hi #{first_name|there}, to #{city|your city}, call #{phone|}.', values)).toEqual({ text: 'Hi Olga, to your city, call .', unresolved: [] });
    expect(fillTemplate('Hi #{nickname| dear friend }', values).text).toBe('Hi dear friend');
  });

  it('leaves an unset variable without a fallback as written, and names it once', () => {
    expect(fillTemplate('#{city} or #{city}, #{order_no}', values)).toEqual({ text: '#{city} or #{city}, #{order_no}', unresolved: ['#{city}', '#{order_no}'] });
  });

  it('leaves text that only looks like a placeholder alone', () => {
    expect(fillTemplate('Order ##{first_name} #{1st} #{}', values)).toEqual({ text: 'Order #Olga #{1st} #{}', unresolved: [] });
  });
});
