import { Migration } from '@mikro-orm/migrations';

export class Migration20261219000000_outbox extends Migration {

  override name = 'Migration20261219000000_outbox';

  override up(): void | Promise<void> {
    // Events announced by a write, committed with it (pubsub/outbox.ts): taken out once they are logged and published.
    this.addSql(`create table "outbox_event" ("id" bigint generated always as identity, "topic" text not null, "event" jsonb not null, "created_at" timestamptz not null default now(), primary key ("id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "outbox_event";`);
  }

}
