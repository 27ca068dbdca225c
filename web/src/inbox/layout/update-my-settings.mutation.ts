import { graphql } from '../../generated/index.ts';

export const UpdateMySettingsMutation = graphql(`
  mutation UpdateMySettings($input: UpdateMySettingsInput!) {
    updateMySettings(input: $input) {
      operator {
        id
        readOnOpen
        locale
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
