import { defineMessages } from '../i18n/messages.ts';

// Words of the shared UI pieces: the messengers' names (ChannelIcon, the client card, the filters' choices) and
// the units of file sizes.
export const uiMessages = defineMessages({
  en: {
    channels: { WEBCHAT: 'Web chat', TELEGRAM: 'Telegram', WHATSAPP: 'WhatsApp', VK: 'VK', EMAIL: 'E-mail' },
    sizes: { B: 'B', KB: 'KB', MB: 'MB' },
  },
  ru: {
    channels: { WEBCHAT: 'Веб-чат', TELEGRAM: 'Telegram', WHATSAPP: 'WhatsApp', VK: 'ВКонтакте', EMAIL: 'Эл. почта' },
    sizes: { B: 'Б', KB: 'КБ', MB: 'МБ' },
  },
});
