import { defineMessages } from '../../i18n/messages.ts';

// Who else is in the conversation: "You and Boris Operator are typing…", "Anna Operator is viewing".
export const activityMessages = defineMessages({
  en: {
    you: 'You',
    and: '{{ first }} and {{ last }}',
    typing: (names: string, count: number, _withYou: boolean) => `${names} ${count > 1 ? 'are' : 'is'} typing…`,
    viewing: (names: string, count: number) => `${names} ${count > 1 ? 'are' : 'is'} viewing`,
  },
  ru: {
    you: 'Вы',
    and: '{{ first }} и {{ last }}',
    // «Вы и Борис печатаете»: with «вы» among them the verb is the second person.
    typing: (names: string, count: number, withYou: boolean) => `${names} ${withYou ? 'печатаете' : count > 1 ? 'печатают' : 'печатает'}…`,
    viewing: (names: string, count: number) => `${names} ${count > 1 ? 'смотрят' : 'смотрит'}`,
  },
});
