// The variables the system fills for every client, in one table: quick replies fill some (#{key}), the client's
// card shows the others, and no custom variable may take their keys. `platform_id_1` stands for one per messenger.
export type SystemVariable = { key: string; name: string; inQuickReplies: boolean; onClientCard: boolean };

export const systemVariables: readonly SystemVariable[] = [
  { key: 'name', name: "The client's name", inQuickReplies: true, onClientCard: false },
  { key: 'first_name', name: "The client's first name (the name's first word)", inQuickReplies: true, onClientCard: false },
  { key: 'phone', name: "The client's phone", inQuickReplies: true, onClientCard: false },
  { key: 'email', name: "The client's e-mail", inQuickReplies: true, onClientCard: false },
  { key: 'operator', name: 'The name of the operator sending the reply', inQuickReplies: true, onClientCard: false },
  { key: 'project', name: "The project's name", inQuickReplies: true, onClientCard: false },
  { key: 'id', name: 'Client id (short, for people)', inQuickReplies: false, onClientCard: true },
  { key: 'created', name: 'Created', inQuickReplies: false, onClientCard: true },
  { key: 'last_activity', name: 'Last action', inQuickReplies: false, onClientCard: true },
  { key: 'channel', name: 'Source messenger', inQuickReplies: false, onClientCard: true },
  { key: 'platform_id_1', name: 'Messenger id', inQuickReplies: false, onClientCard: true },
];

/** The label of a system variable of the card (`platform_id_2` is named as `platform_id_1`). */
export const systemVariableName = (key: string) => systemVariables.find((variable) => variable.key === key.replace(/^platform_id_\d+$/, 'platform_id_1'))!.name;

/** Whether a custom variable would take a system one's key, whatever the case (every platform_id_<n> included). */
export const isSystemKey = (key: string) => {
  const lower = key.toLowerCase();
  return /^platform_id_\d+$/.test(lower) || systemVariables.some((variable) => variable.key === lower);
};
