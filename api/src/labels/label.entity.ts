import { defineEntity, p } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.ts';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Project } from '../projects/project.entity.ts';

export const labelKinds = ['TAG', 'LIST'] as const;
export type LabelKind = (typeof labelKinds)[number];

// A tag or a client list: a name and a colour that clients are marked with. Names are unique per kind and project,
// whatever the case (fold_case: Cyrillic too, on any cluster locale; accents still tell names apart).
export const LabelSchema = defineEntity({
  name: 'Label',
  indexes: [{ name: 'label_name_idx', expression: 'create unique index "label_name_idx" on "label" (project_id, kind, fold_case(name))' }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    kind: p.enum(labelKinds),
    name: p.string(),
    // #rrggbb
    color: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Label extends LabelSchema.class {}
LabelSchema.setClass(Label);

export type LabelRow = Row<Label>;

// A client marked with a label.
export const ClientLabelSchema = defineEntity({
  name: 'ClientLabel',
  properties: {
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id').primary().deleteRule('cascade'),
    labelId: () => p.manyToOne(Label).mapToPk().joinColumn('label_id').primary().deleteRule('cascade').index(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ClientLabel extends ClientLabelSchema.class {}
ClientLabelSchema.setClass(ClientLabel);
