import { Migration } from '@mikro-orm/migrations';

export class Migration20261216000000_stream_event extends Migration {

  override name = 'Migration20261216000000_stream_event';

  override up(): void | Promise<void> {
    // The log that stream subscriptions resume from (pubsub/stream.ts): events by topic, numbered in commit order.
    this.addSql(`create sequence "stream_event_seq";`);
    this.addSql(`create table "stream_event" ("seq" bigint not null, "topic" text not null, "event" jsonb not null, "created_at" timestamptz not null default now(), primary key ("seq"));`);
    this.addSql(`create index "stream_event_topic_seq_index" on "stream_event" ("topic", "seq");`);
    // Appends a batch ([{topic, event}]) and answers its numbers in order. The lock makes numbering and commit one
    // step: a number is taken only after every smaller one is committed, so a reader that sees a number sees all
    // before it, and the highest number seen is a position nothing can be inserted behind.
    this.addSql(`create function "stream_append"(batch jsonb) returns setof bigint language plpgsql as $$
declare
  item jsonb;
  numbered bigint;
begin
  perform pg_advisory_xact_lock(hashtextextended('stream_event', 0));
  for item in select value from jsonb_array_elements(batch) loop
    insert into stream_event (seq, topic, event) values (nextval('stream_event_seq'), item->>'topic', item->'event') returning seq into numbered;
    return next numbered;
  end loop;
end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists "stream_append"(jsonb);`);
    this.addSql(`drop table if exists "stream_event";`);
    this.addSql(`drop sequence if exists "stream_event_seq";`);
  }

}
