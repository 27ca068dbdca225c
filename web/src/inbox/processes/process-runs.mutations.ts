import { graphql } from '../../generated/index.ts';

export const StartProcessMutation = graphql(`
  mutation StartProcess($input: StartProcessInput!) {
    startProcess(input: $input) {
      started
      runs {
        ...ProcessRunItem
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SteerProcessRunMutation = graphql(`
  mutation SteerProcessRun($input: SteerProcessRunInput!) {
    steerProcessRun(input: $input) {
      run {
        ...ProcessRunItem
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
