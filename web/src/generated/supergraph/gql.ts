/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ClientOrders($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      orders {\n        ...OrderItem\n      }\n    }\n  }\n": typeof types.ClientOrdersDocument,
    "\n  fragment OrderItem on Order {\n    id\n    number\n    createdAt\n    total\n    currency\n    status\n  }\n": typeof types.OrderItemFragmentDoc,
    "\n  subscription OrderStatusChanged($clientId: ID!) {\n    orderStatusChanged(clientId: $clientId) {\n      ...OrderItem\n    }\n  }\n": typeof types.OrderStatusChangedDocument,
};
const documents: Documents = {
    "\n  query ClientOrders($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      orders {\n        ...OrderItem\n      }\n    }\n  }\n": types.ClientOrdersDocument,
    "\n  fragment OrderItem on Order {\n    id\n    number\n    createdAt\n    total\n    currency\n    status\n  }\n": types.OrderItemFragmentDoc,
    "\n  subscription OrderStatusChanged($clientId: ID!) {\n    orderStatusChanged(clientId: $clientId) {\n      ...OrderItem\n    }\n  }\n": types.OrderStatusChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientOrders($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      orders {\n        ...OrderItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientOrders($clientId: ID!) {\n    client(id: $clientId) {\n      id\n      orders {\n        ...OrderItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderItem on Order {\n    id\n    number\n    createdAt\n    total\n    currency\n    status\n  }\n"): (typeof documents)["\n  fragment OrderItem on Order {\n    id\n    number\n    createdAt\n    total\n    currency\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OrderStatusChanged($clientId: ID!) {\n    orderStatusChanged(clientId: $clientId) {\n      ...OrderItem\n    }\n  }\n"): (typeof documents)["\n  subscription OrderStatusChanged($clientId: ID!) {\n    orderStatusChanged(clientId: $clientId) {\n      ...OrderItem\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;