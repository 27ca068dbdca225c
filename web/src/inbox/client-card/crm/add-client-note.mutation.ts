import { graphql } from '../../../generated/index.ts';

export const AddClientNoteMutation = graphql(`
  mutation AddClientNote($input: AddClientNoteInput!) {
    addClientNote(input: $input) { comment { id } userErrors { ...UserErrorFields } }
  }
`);
