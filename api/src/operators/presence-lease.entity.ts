import { defineEntity, p } from '@mikro-orm/core';
import { AuthToken } from '../auth/auth-token.entity.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from './operator.entity.ts';

// One open operator socket on some api node: its node renews it every heartbeat while the socket lives. The
// operator's `online_until` is the latest of their leases. A session's leases go with it (logout, new password).
export const PresenceLeaseSchema = defineEntity({
  name: 'PresenceLease',
  indexes: [
    { name: 'presence_lease_operator_idx', properties: ['operatorId', 'expiresAt'] },
    { name: 'presence_lease_expires_idx', properties: ['expiresAt'] },
  ],
  properties: {
    // The socket's id, chosen by its node.
    id: p.uuid().primary(),
    operatorId: () => p.manyToOne(Operator).mapToPk().joinColumn('operator_id').deleteRule('cascade'),
    tokenId: () => p.manyToOne(AuthToken).mapToPk().joinColumn('token_id').deleteRule('cascade').index(),
    expiresAt: p.datetime(),
  },
});

export class PresenceLease extends PresenceLeaseSchema.class {}
PresenceLeaseSchema.setClass(PresenceLease);

export type PresenceLeaseRow = Row<PresenceLease>;
