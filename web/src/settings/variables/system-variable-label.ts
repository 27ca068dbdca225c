import { locale } from '../../i18n/locale.ts';
import { variablesMessages } from './variables.messages.ts';

/** A system variable's label in the chosen language; one the catalogue does not know yet keeps the API's English. */
export const systemVariableLabel = (variable: { key: string; name: string }) =>
  (variablesMessages[locale()].system.names as Record<string, string>)[variable.key] ?? variable.name;
