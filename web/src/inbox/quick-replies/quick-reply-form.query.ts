import { graphql } from '../../generated/index.ts';

export const QuickReplyFormQuery = graphql(`
  query QuickReplyForm {
    quickReplyFolders { id name }
    clientVariables: variableDefinitions(scope: CLIENT) { key name }
    systemVariables { key name inQuickReplies }
  }
`);
