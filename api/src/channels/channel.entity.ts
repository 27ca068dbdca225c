import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { locales } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const channelKinds = ['WEBCHAT', 'TELEGRAM', 'WHATSAPP', 'VK', 'EMAIL'] as const;
export type ChannelKind = (typeof channelKinds)[number];
export const preChatFields = ['NAME', 'EMAIL', 'PHONE'] as const;
export type PreChatField = (typeof preChatFields)[number];

export const ChannelSchema = defineEntity({
  name: 'Channel',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    kind: p.enum(channelKinds),
    name: p.string(),
    // Public, unguessable key in the widget's address; not a secret (it is embedded in the business's site).
    publicKey: p.string().unique(),
    // The language its widget speaks to visitors; null: each visitor's browser's.
    locale: p.enum(locales).nullable(),
    // What its widget asks a new visitor before the first message, in order; empty: no form.
    preChatFields: p.array().$type<PreChatField[]>().default([]),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Channel extends ChannelSchema.class {}
ChannelSchema.setClass(Channel);

export type ChannelRow = Row<Channel>;
