import { Migration } from '@mikro-orm/migrations';

export class Migration20261122090000_conversation_revision extends Migration {

  override name = 'Migration20261122090000_conversation_revision';

  override up(): void | Promise<void> {
    this.addSql(`alter table "conversation" add "revision" int not null default 0;`);
    this.addSql(`create or replace function "conversation_conversation_revision_fn"() returns trigger as \$\$ begin new.revision := old.revision + 1; return new; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "conversation_revision" BEFORE UPDATE on "conversation" for each ROW execute function "conversation_conversation_revision_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "conversation_revision" on "conversation";`);
    this.addSql(`drop function if exists "conversation_conversation_revision_fn"();`);
    this.addSql(`alter table "conversation" drop column "revision";`);
  }

}
