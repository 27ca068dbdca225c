// The server refuses a search without a letter or a digit (BAD_USER_INPUT): such text is no search at all.
export const searchableText = (text: string): string | null => {
  const trimmed = text.trim();
  return /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : null;
};
