import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { locales } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const channelKinds = ['WEBCHAT', 'TELEGRAM', 'WHATSAPP', 'VK', 'EMAIL'] as const;
export type ChannelKind = (typeof channelKinds)[number];
// PAUSED: connected but neither receiving nor sending; DISCONNECTED: its secrets are wiped, its history is kept.
export const channelStatuses = ['ACTIVE', 'PAUSED', 'DISCONNECTED'] as const;
export type ChannelStatus = (typeof channelStatuses)[number];
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
    status: p.enum(channelStatuses).default('ACTIVE'),
    // The messenger's settings shown in Settings (bot username, phone number id, IMAP host…); never a secret.
    config: p.json<Record<string, string | number | boolean | null>>().default('{}'),
    // Tokens, passwords and app secrets, encrypted with the configured key (channel-secrets.ts); never returned.
    secrets: p.text().nullable().hidden(),
    // Health: the platform last answered, the last message came in, the last failure (cleared by a success).
    connectedAt: p.datetime().nullable(),
    lastInboundAt: p.datetime().nullable(),
    lastError: p.string().length(500).nullable(),
    lastErrorAt: p.datetime().nullable(),
    // Long polling / IMAP: where the last listener stopped, and which api node listens now (a lease, renewed).
    listenPosition: p.text().nullable().hidden(),
    listenOwner: p.string().nullable().hidden(),
    listenUntil: p.datetime().nullable().hidden(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Channel extends ChannelSchema.class {}
ChannelSchema.setClass(Channel);

export type ChannelRow = Row<Channel>;
