/**
 * Which of the placeholders a quick reply left unresolved (the server names them: fillQuickReply) are still in
 * the text about to be sent; the operator may have filled or removed them by hand. The web does not parse the
 * template language itself: the server's is the only copy.
 */
export const placeholdersLeft = (text: string, unresolved: readonly string[]): string[] => [...new Set(unresolved)].filter((placeholder) => text.includes(placeholder));
