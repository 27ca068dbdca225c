import { describe, expect, it } from 'vitest';
import { offeredButtons } from './quick-replies.ts';

const bot = (id: string, buttons: string[] = []) => ({ id, direction: 'OUTBOUND', senderKind: 'BOT', buttons });
const visitor = (id: string) => ({ id, direction: 'INBOUND', senderKind: 'CLIENT', buttons: [] });
const operator = (id: string) => ({ id, direction: 'OUTBOUND', senderKind: 'OPERATOR', buttons: [] });

describe('the quick replies the widget offers', () => {
  it('are the buttons of the bot’s latest reply', () => {
    expect(offeredButtons([visitor('a'), bot('b', ['Old']), bot('c', ['Yes', 'No'])], 0)).toEqual({ messageId: 'c', buttons: ['Yes', 'No'] });
  });

  it('stay when an operator writes after the bot, and go once the visitor answers or is sending', () => {
    expect(offeredButtons([bot('b', ['Yes']), operator('c')], 0)).toEqual({ messageId: 'b', buttons: ['Yes'] });
    expect(offeredButtons([bot('b', ['Yes']), visitor('c')], 0)).toBeNull();
    expect(offeredButtons([bot('b', ['Yes'])], 1)).toBeNull();
  });

  it('are none when the bot’s latest reply has none (an earlier reply’s are stale)', () => {
    expect(offeredButtons([bot('a', ['Yes']), bot('b')], 0)).toBeNull();
    expect(offeredButtons([], 0)).toBeNull();
  });
});
