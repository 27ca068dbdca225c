import { graphql } from '../generated/index.ts';

export const WidgetIntroduceMutation = graphql(`
  mutation WidgetIntroduce($input: WidgetIntroduceInput!) {
    widgetIntroduce(input: $input) {
      name
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
