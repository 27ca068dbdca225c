import { defineMessages } from '../../../i18n/messages.ts';

// The composer's emoji button and its panel's groups.
export const emojiMessages = defineMessages({
  en: { button: 'Emoji', panel: 'Emoji', groups: { smileys: 'Smileys', hands: 'Hands', things: 'Things' } },
  ru: { button: 'Эмодзи', panel: 'Эмодзи', groups: { smileys: 'Смайлы', hands: 'Жесты', things: 'Предметы' } },
});
