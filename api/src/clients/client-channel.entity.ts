import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Channel } from '../channels/channel.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Client } from './client.entity.ts';

export const ClientChannelSchema = defineEntity({
  name: 'ClientChannel',
  uniques: [{ properties: ['channelId', 'platformId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id').index(),
    channelId: () => p.manyToOne(Channel).mapToPk().joinColumn('channel_id'),
    // The messenger's own id of the client (for web chat: the visitor id).
    platformId: p.string(),
    // Web chat only: sha256 of the visitor's bearer token.
    accessTokenHash: p.string().nullable().unique().hidden(),
    // The messenger refused this client for good (blocked the bot, chat gone): nothing more is sent here.
    unreachableAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ClientChannel extends ClientChannelSchema.class {}
ClientChannelSchema.setClass(ClientChannel);

export type ClientChannelRow = Row<ClientChannel>;
