import { graphql } from '../../generated/index.ts';

export const SettingsQuickRepliesQuery = graphql(`
  query SettingsQuickReplies($search: String, $folderId: ID) {
    quickReplyFolders { id name quickReplyCount }
    quickReplies(search: $search, folderId: $folderId) {
      id
      title
      text
      folder { id name }
    }
    clientVariables: variableDefinitions(scope: CLIENT) { key name }
    systemVariables { key name inQuickReplies }
  }
`);
