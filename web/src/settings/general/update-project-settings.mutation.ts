import { graphql } from '../../generated/index.ts';

export const UpdateProjectSettingsMutation = graphql(`
  mutation UpdateProjectSettings($input: UpdateProjectSettingsInput!) {
    updateProjectSettings(input: $input) {
      project { id name timeZone autoCloseAfterMinutes }
      userErrors { ...UserErrorFields }
    }
  }
`);
