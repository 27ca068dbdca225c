import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const tokenKinds = ['SESSION', 'API'] as const;
export type TokenKind = (typeof tokenKinds)[number];

// Operator sessions and project API tokens. Only a sha256 of the token is stored.
export const AuthTokenSchema = defineEntity({
  name: 'AuthToken',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    operatorId: () => p.manyToOne(Operator).mapToPk().joinColumn('operator_id').nullable().index(),
    kind: p.enum(tokenKinds),
    name: p.string().nullable(),
    tokenHash: p.string().unique(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime().nullable(),
  },
});

export class AuthToken extends AuthTokenSchema.class {}
AuthTokenSchema.setClass(AuthToken);

export type AuthTokenRow = Row<AuthToken>;

/** What is read back about an API token: never its hash. */
export type ApiTokenRow = Pick<AuthTokenRow, 'id' | 'projectId' | 'name' | 'createdAt'>;
