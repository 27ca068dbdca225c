import { graphql } from '../../../generated/index.ts';

// Everything the card's CRM sections show, in one request: the client with its tags, variables, deals, notes and
// history, and what the editors pick from (labels, funnels, operators).
export const ClientCrmQuery = graphql(`
  query ClientCrm($id: ID!) {
    me {
      operator {
        id
      }
      can {
        deleteClients
        purgeClients
      }
    }
    client(id: $id) {
      id
      name
      phone
      email
      country
      archived
      blocked
      deletedAt
      ownedByMe
      viewerCanTake
      viewerCanSetOwner
      owner {
        id
        name
      }
      tracking {
        source
        campaign
        ad
        adSet
        tag
      }
      sourceChannel {
        kind
        name
      }
      sales {
        currency
        count
        amount
      }
      tags {
        id
        name
        color
      }
      lists {
        id
        name
        color
      }
      variables {
        key
        name
        type
        value
        at
        system
      }
      deals(first: 50) {
        edges {
          node {
              id
              title
              budget
              currency
              status
              closedAt
              stage {
                id
                name
              }
              funnel {
                id
                name
              }
              responsible {
                id
                name
              }
          }
        }
      }
      stages {
        funnel {
          id
          name
        }
        stage {
          id
          name
        }
      }
      duplicates {
        id
        name
        phone
        email
      }
      notes(first: 20) {
        edges {
          node {
            id
            text
            createdAt
            author {
              id
              name
            }
          }
        }
      }
      activity(first: 20) {
        edges {
          node {
            id
            type
            summary
            data
            createdAt
            actor {
              id
              name
            }
          }
        }
      }
    }
    tags: labels(kind: TAG) {
      id
      name
      color
      clientCount
    }
    lists: labels(kind: LIST) {
      id
      name
      color
      clientCount
    }
    funnels {
      id
      name
      stages {
        id
        name
        responsible {
          id
          name
        }
      }
    }
    operators {
      id
      name
    }
  }
`);
