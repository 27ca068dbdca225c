import { Migration } from '@mikro-orm/migrations';

export class Migration20261207020000_scheduled extends Migration {

  override name = 'Migration20261207020000_scheduled';

  override up(): void | Promise<void> {
    this.addSql(`alter table "message" drop constraint "message_status_check";`);
    this.addSql(`alter table "message" add "scheduled_at" timestamptz null;`);
    this.addSql(`create index "message_scheduled_due_idx" on "message" ("scheduled_at") where "status" = 'SCHEDULED';`);
    this.addSql(`create index "message_scheduled_conversation_idx" on "message" ("conversation_id", "scheduled_at") where "status" = 'SCHEDULED';`);
    this.addSql(`create index "message_scheduled_project_idx" on "message" ("project_id", "scheduled_at", "id") where "status" = 'SCHEDULED';`);
    this.addSql(`alter table "message" add constraint "message_status_check" check ("status" in ('SCHEDULED', 'QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED', 'CANCELLED'));`);

    this.addSql(`alter table "conversation_event" drop constraint "conversation_event_type_check";`);
    this.addSql(`alter table "conversation_event" add "message_id" uuid null, add "scheduled_at" timestamptz null;`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_message_id_foreign" foreign key ("message_id") references "message" ("id") on delete set null;`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_type_check" check ("type" in ('CLOSED', 'REOPENED', 'ARCHIVED', 'UNARCHIVED', 'ASSIGNED', 'UNASSIGNED', 'TEAM_ASSIGNED', 'MESSAGE_SCHEDULED', 'MESSAGE_RESCHEDULED', 'MESSAGE_SENT_NOW', 'MESSAGE_SCHEDULE_CANCELLED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "conversation_event" drop constraint "conversation_event_message_id_foreign";`);

    this.addSql(`alter table "conversation_event" drop constraint "conversation_event_type_check";`);
    this.addSql(`alter table "conversation_event" drop column "message_id", drop column "scheduled_at";`);
    this.addSql(`alter table "conversation_event" add constraint "conversation_event_type_check" check ("type" in ('CLOSED', 'REOPENED', 'ARCHIVED', 'UNARCHIVED', 'ASSIGNED', 'UNASSIGNED', 'TEAM_ASSIGNED'));`);

    this.addSql(`drop index "message_scheduled_due_idx";`);
    this.addSql(`drop index "message_scheduled_conversation_idx";`);
    this.addSql(`drop index "message_scheduled_project_idx";`);
    this.addSql(`alter table "message" drop constraint "message_status_check";`);
    this.addSql(`alter table "message" drop column "scheduled_at";`);
    this.addSql(`alter table "message" add constraint "message_status_check" check ("status" in ('QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED'));`);
  }

}
