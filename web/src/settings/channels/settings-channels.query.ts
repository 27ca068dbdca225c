import { graphql } from '../../generated/index.ts';

export const SettingsChannelsQuery = graphql(`
  query SettingsChannels {
    me {
      project {
        id
        channels {
          id kind name publicKey widgetUrl locale preChatFields status webhookUrl
          settings { name value }
          health { connectedAt lastInboundAt lastError lastErrorAt }
        }
      }
    }
    channelKinds { kind connectable fields { name secret optional } }
  }
`);
