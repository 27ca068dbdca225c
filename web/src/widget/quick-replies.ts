// Which buttons the widget offers: those of the bot's latest reply, until the visitor answers after it (a message of
// theirs, stored or still on its way). A later operator reply does not take them away: the question still stands.
type Shown = { id: string; direction: string; senderKind: string; buttons: readonly string[] };

export function offeredButtons(messages: readonly Shown[], pendingCount: number): { messageId: string; buttons: readonly string[] } | null {
  if (pendingCount > 0) return null;
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.direction === 'INBOUND') return null;
    if (message.senderKind === 'BOT') return message.buttons.length ? { messageId: message.id, buttons: message.buttons } : null;
  }
  return null;
}
