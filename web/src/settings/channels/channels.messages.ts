import { defineMessages } from '../../i18n/messages.ts';

// Settings → Channels: connecting a web chat and the code that puts it on a site.
export const channelMessages = defineMessages({
  en: {
    title: 'Channels',
    webchat: 'Web chat',
    name: 'Channel name',
    widget: 'Widget:',
    widgetButton: 'A chat button in the corner of every page of a site:',
    widgetFrame: 'Or the chat itself inside a page:',
    language: 'Widget language',
    preChat: 'Before the first message, ask new visitors for',
    preChatField: { NAME: 'Name', EMAIL: 'E-mail', PHONE: 'Phone' },
    visitorLanguage: "The visitor's browser language",
    newChat: 'New web chat',
    newChatPlaceholder: 'Website chat',
    connect: 'Connect',
    later: 'Telegram, WhatsApp, VK and e-mail come with their drivers.',
  },
  ru: {
    title: 'Каналы',
    webchat: 'Веб-чат',
    name: 'Название канала',
    widget: 'Виджет:',
    widgetButton: 'Кнопка чата в углу каждой страницы сайта:',
    widgetFrame: 'Или сам чат внутри страницы:',
    language: 'Язык виджета',
    preChat: 'Перед первым сообщением спрашивать у новых посетителей',
    preChatField: { NAME: 'Имя', EMAIL: 'Эл. почта', PHONE: 'Телефон' },
    visitorLanguage: 'Язык браузера посетителя',
    newChat: 'Новый веб-чат',
    newChatPlaceholder: 'Чат на сайте',
    connect: 'Подключить',
    later: 'Telegram, WhatsApp, VK и почта появятся вместе с их драйверами.',
  },
});
