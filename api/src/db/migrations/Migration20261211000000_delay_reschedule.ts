import { Migration } from '@mikro-orm/migrations';

// A run's history also records a delay rescheduled from the card (RESCHEDULED).
const kinds = `'ENTERED', 'MESSAGE_SENT', 'ANSWER_STORED', 'ANSWER_INVALID', 'TIMED_OUT', 'BRANCH', 'ACTION', 'HANDOFF', 'RESUMED', 'PAUSED', 'MOVED', 'ENDED', 'ERROR'`;

export class Migration20261211000000_delay_reschedule extends Migration {

  override name = 'Migration20261211000000_delay_reschedule';

  override up(): void | Promise<void> {
    this.addSql(`alter table "process_run_step" drop constraint if exists "process_run_step_kind_check";`);
    this.addSql(`alter table "process_run_step" add constraint "process_run_step_kind_check" check ("kind" in (${kinds}, 'RESCHEDULED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "process_run_step" where "kind" = 'RESCHEDULED';`);
    this.addSql(`alter table "process_run_step" drop constraint if exists "process_run_step_kind_check";`);
    this.addSql(`alter table "process_run_step" add constraint "process_run_step_kind_check" check ("kind" in (${kinds}));`);
  }

}
