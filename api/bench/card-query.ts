// The full client card in one request, as the inbox's side panel loads it: the client's profile, tags and lists,
// variables, deals and stages, tasks, the latest notes and history, duplicates, and the last 20 items of the
// conversation it was opened from (every timeline item type). The benchmark times it and
// api/src/clients/client-card.test.ts counts its SQL statements, so both measure the same document.
export const fullCardQuery = `query FullCard($client: ID!, $conversation: ID!) {
  client(id: $client) {
    id name avatarUrl phone email country createdAt lastActivityAt
    owner { id name }
    ownedByMe
    tracking { source campaign ad adSet tag }
    sourceChannel { kind name }
    channels { platformId channel { kind } }
    sales { currency count amount }
    botActive blocked archived
    tags { id name color }
    lists { id name color }
    variables { key name type value system }
    deals(first: 20) { edges { node { id title budget currency status stage { name } funnel { name } responsible { name } } } }
    stages { funnel { name } stage { name } }
    tasks { id title priority dueAt overdue assignee { name } }
    notes(first: 5) { edges { node { id text createdAt author { name } } } }
    activity(first: 5) { edges { node { id type summary createdAt actor { name } } } }
    duplicates { id name }
  }
  conversation(id: $conversation) {
    id status
    timeline(first: 20) {
      edges {
        node {
          __typename
          ... on Message { id text direction status createdAt author { name } }
          ... on Comment { id note: text createdAt author { name } }
          ... on ConversationEvent { id eventType: type createdAt actor { name } assignee { name } }
          ... on ClientActivity { id activityType: type summary createdAt actor { name } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;
