import { Migration } from '@mikro-orm/migrations';

// Pausing and resuming the bot for a client are written to the client's history like every other change.
const before = `'PROFILE_UPDATED', 'OWNER_CHANGED', 'TAG_ADDED', 'TAG_REMOVED', 'LIST_ADDED', 'LIST_REMOVED', 'VARIABLE_SET', 'DEAL_CREATED', 'DEAL_STAGE_CHANGED', 'DEAL_WON', 'DEAL_LOST', 'DEAL_REOPENED', 'TASK_CREATED', 'TASK_COMPLETED', 'ARCHIVED', 'UNARCHIVED', 'BLOCKED', 'UNBLOCKED', 'DELETED', 'RESTORED', 'MERGED', 'IMPORTED'`;
const after = `'PROFILE_UPDATED', 'OWNER_CHANGED', 'TAG_ADDED', 'TAG_REMOVED', 'LIST_ADDED', 'LIST_REMOVED', 'VARIABLE_SET', 'DEAL_CREATED', 'DEAL_STAGE_CHANGED', 'DEAL_WON', 'DEAL_LOST', 'DEAL_REOPENED', 'TASK_CREATED', 'TASK_COMPLETED', 'ARCHIVED', 'UNARCHIVED', 'BLOCKED', 'UNBLOCKED', 'BOT_PAUSED', 'BOT_RESUMED', 'DELETED', 'RESTORED', 'MERGED', 'IMPORTED'`;

export class Migration20261122070000_bot_history extends Migration {

  override name = 'Migration20261122070000_bot_history';

  override up(): void | Promise<void> {
    this.addSql(`alter table "client_activity" drop constraint if exists "client_activity_type_check";`);
    this.addSql(`alter table "client_activity" add constraint "client_activity_type_check" check ("type" in (${after}));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "client_activity" where "type" in ('BOT_PAUSED', 'BOT_RESUMED');`);
    this.addSql(`alter table "client_activity" drop constraint if exists "client_activity_type_check";`);
    this.addSql(`alter table "client_activity" add constraint "client_activity_type_check" check ("type" in (${before}));`);
  }

}
