// The web words each history entry from its type and data (web/src/inbox/client-history/client-activity-text.ts),
// the server's summary only for rows written before the data carried the names. A test that wrote history checks
// here that every entry's data carries what its words need: in English they are the summary itself.
import { expect } from 'vitest';
import { select } from '../src/db/rows.ts';
import { setLocale } from '../../web/src/i18n/locale.ts';
import { clientActivityText } from '../../web/src/inbox/client-history/client-activity-text.ts';
import type { ClientActivityType } from '../../web/src/generated/graphql.ts';
import type { TestApi } from './harness.ts';

// Words that differ from the summary on purpose: numbers through Intl ("1,200"), the pause's plural ("3 hours"), a
// delay's new end in the web's date format.
const wordedOtherwise = (type: string, data: unknown) =>
  type === 'VARIABLE_SET' || type === 'BOT_PAUSED' || (type === 'PROCESS' && (data as { kind?: string; early?: boolean }).kind === 'RESCHEDULED' && !(data as { early?: boolean }).early);

/** Every history entry in the database is worded from its data; answers the types seen. */
export async function expectHistoryWordedFromData(api: TestApi) {
  const rows = await select<{ type: ClientActivityType; summary: string; data: unknown }>(api.app.orm.em.fork(), 'select type, summary, data from client_activity');
  // setLocale marks the page's language; a test has no page.
  Object.assign(globalThis, { document: { documentElement: { lang: 'en' } } });
  setLocale('en');
  for (const row of rows) {
    const words = clientActivityText({ type: row.type, summary: '', data: JSON.stringify(row.data) });
    expect(words, `${row.type}: ${row.summary} ${JSON.stringify(row.data)}`).not.toBe('');
    if (!wordedOtherwise(row.type, row.data)) expect(words, `${row.type} ${JSON.stringify(row.data)}`).toBe(row.summary);
  }
  return new Set(rows.map((row) => row.type));
}
