import type { ClientActivityType } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { clientHistoryMessages } from './client-history.messages.ts';

/** A history entry as the card and the timeline select it (the timeline aliases `type`). */
export type ActivityEntry = { type: ClientActivityType; summary: string; data: string };

type Data = Record<string, unknown>;
type Words = (data: Data) => string | null;

const t = useMessages(clientHistoryMessages);

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);
const count = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const record = (value: unknown): Data | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : null);

const profileFields = ['name', 'phone', 'email', 'country', 'utmSource', 'utmCampaign', 'utmAd', 'utmAdSet', 'utmTag'] as const;

const variableValue = (value: unknown) => {
  if (value === null || value === undefined || value === '') return t('value.empty');
  if (typeof value === 'boolean') return t(value ? 'value.yes' : 'value.no');
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
};

const titled = (key: 'dealWon' | 'dealLost' | 'dealReopened' | 'taskCreated' | 'taskCompleted'): Words => (data) => {
  const title = text(data['title']);
  return title && t(key, { title });
};
const labelled = (key: 'tagAdded' | 'tagRemoved' | 'listAdded' | 'listRemoved'): Words => (data) => {
  const name = text(data['name']);
  return name && t(key, { name });
};
const byClient = (key: 'unarchived' | 'restored'): Words => (data) =>
  typeof data['byClient'] === 'boolean' ? t(data['byClient'] ? `${key}ByClient` : key) : null;

/** A business process's step, by the step's kind; null when the entry predates the data it needs. */
const processStep = (data: Data): string | null => {
  const [block, target, detail] = [text(data['block']), text(data['target']), text(data['detail'])];
  switch (data['kind']) {
    case 'ENTERED':
      return block && t('process.entered', { block });
    case 'ANSWER_STORED': {
      const [value, variable] = [typeof data['value'] === 'string' ? data['value'] : null, text(data['variable'])];
      if (value === null || !('variable' in data)) return null;
      return variable ? t('process.answerStoredIn', { variable, value }) : t('process.answerStored', { value });
    }
    case 'HANDOFF':
      return block && t('process.handoff', { block });
    case 'PAUSED':
      return data['command'] === 'MANUAL' ? t('process.manual') : null;
    case 'RESUMED':
      if (data['command'] !== 'AUTO') return null;
      return target ? t('process.autoAt', { block: target }) : t('process.auto');
    case 'MOVED':
      return target && t('process.moved', { block: target });
    case 'RESCHEDULED': {
      const until = text(data['until']);
      if (!block || !until || typeof data['early'] !== 'boolean') return null;
      return data['early'] ? t('process.delayEnded', { block }) : t('process.rescheduled', { block, at: formatDateTime(until) });
    }
    case 'ENDED':
    case 'ERROR':
      if (data['command'] === 'STOP') return t('process.stopped');
      if (data['status'] === 'FINISHED') return t('process.finished');
      if (data['status'] === 'STOPPED') return data['byOperator'] ? t('process.stoppedByOperator') : detail ? t('process.stoppedBecause', { detail }) : t('process.stopped');
      if (data['status'] === 'FAILED') return t('process.failed', { detail: detail ?? '' });
      return null;
    default:
      return null;
  }
};

// One entry per type: the words from the entry's data, or null when the data lacks what they need (rows written
// before the data carried the names), and the server's summary is shown instead.
const words: Record<ClientActivityType, Words> = {
  PROFILE_UPDATED: (data) => {
    const fields = profileFields.filter((field) => record(data[field]));
    if (!fields.length) return null;
    return t('profileUpdated', { fields: fields.map((field) => t(`field.${field}`)).join(', ') });
  },
  OWNER_CHANGED: (data) => {
    if (!('to' in data)) return null;
    const name = text(data['toName']);
    const change = data['to'] === null ? t('ownerCleared') : name ? t(data['took'] ? 'ownerTook' : 'ownerSet', { name }) : null;
    const comment = text(data['comment']);
    return change && comment ? t('withComment', { change, comment }) : change;
  },
  TAG_ADDED: labelled('tagAdded'),
  TAG_REMOVED: labelled('tagRemoved'),
  LIST_ADDED: labelled('listAdded'),
  LIST_REMOVED: labelled('listRemoved'),
  VARIABLE_SET: (data) => {
    const changes = Object.values(data).map(record);
    if (!changes.length || changes.some((change) => !change || !text(change['name']))) return null;
    return changes.map((change) => t('variable', { name: text(change!['name'])!, value: variableValue(change!['to']) })).join('; ');
  },
  DEAL_CREATED: (data) => {
    const [title, funnel, stage] = [text(data['title']), text(data['funnelName']), text(data['stageName'])];
    return title && funnel && stage && t('dealCreated', { title, funnel, stage });
  },
  DEAL_STAGE_CHANGED: (data) => {
    const [title, from, to] = [text(data['title']), text(data['fromStageName']), text(data['toStageName'])];
    return title && from && to && t(data['stageDeleted'] ? 'dealMovedStageDeleted' : 'dealMoved', { title, from, to });
  },
  DEAL_WON: titled('dealWon'),
  DEAL_LOST: titled('dealLost'),
  DEAL_REOPENED: titled('dealReopened'),
  TASK_CREATED: titled('taskCreated'),
  TASK_COMPLETED: titled('taskCompleted'),
  ARCHIVED: () => t('archived'),
  UNARCHIVED: byClient('unarchived'),
  BLOCKED: () => t('blocked'),
  UNBLOCKED: () => t('unblocked'),
  BOT_PAUSED: (data) => {
    const hours = count(data['hours']);
    return hours === null ? null : t('botPaused', hours);
  },
  BOT_RESUMED: () => t('botResumed'),
  DELETED: () => t('deleted'),
  RESTORED: byClient('restored'),
  MERGED: (data) => {
    const [into, merged] = [text(data['survivorName']), text(data['mergedName'])];
    return into ? t('mergedInto', { name: into }) : merged ? t('mergedHere', { name: merged }) : null;
  },
  IMPORTED: (data) => {
    const line = count(data['line']);
    return line === null ? null : t(data['updated'] ? 'importUpdated' : 'imported', { line: formatNumber(line) });
  },
  PROCESS: (data) => {
    const [process, step] = [text(data['process']), processStep(data)];
    return process && step && t('process.line', { process, step });
  },
};

/**
 * A history entry in the chosen language, from its type and data (names as they were then); the server's English
 * summary for an entry whose data lacks what its words need (written before the data carried them), or of a type
 * this web app does not know yet.
 */
export function clientActivityText(entry: ActivityEntry): string {
  let data: Data | null = null;
  try {
    data = record(JSON.parse(entry.data));
  } catch {
    // not JSON: the summary it is
  }
  const word = Object.hasOwn(words, entry.type) ? words[entry.type] : undefined;
  return (data && word?.(data)) || entry.summary;
}
