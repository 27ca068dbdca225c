import { graphql } from '../../generated/index.ts';

// What the conversation's messenger takes (a subject, templates): the composer offers only that.
export const ChannelCapabilitiesQuery = graphql(`
  query ChannelCapabilities($id: ID!) {
    node(id: $id) { id ... on Channel { capabilities { subject templates } } }
  }
`);

export const ChannelTemplatesQuery = graphql(`
  query ChannelTemplates($id: ID!) {
    node(id: $id) { id ... on Channel { templates { name language text parameters } } }
  }
`);
