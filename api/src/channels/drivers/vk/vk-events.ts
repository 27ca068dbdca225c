import type { InboundEvent, InboundFile } from '../driver.ts';

// The Callback API and the Bots Long Poll API deliver the same event objects (dev.vk.com/api/community-events):
// `{ type, event_id, v, object, group_id }`. Only the parts read here are typed.
export type VkUpdate = { type: string; event_id?: string; group_id?: number; object?: unknown; secret?: string };

type PhotoSize = { type?: string; url: string; width?: number; height?: number };
type Attachment = {
  type: string;
  photo?: { id: number; owner_id: number; sizes?: PhotoSize[]; orig_photo?: PhotoSize };
  doc?: { id: number; owner_id: number; title?: string; ext?: string; url?: string };
  audio_message?: { id: number; link_ogg?: string; link_mp3?: string };
  video?: { id: number; owner_id: number; title?: string };
  sticker?: { sticker_id: number; images?: PhotoSize[] };
  audio?: { artist?: string; title?: string };
};
export type VkMessage = {
  id: number;
  date?: number;
  peer_id: number;
  from_id: number;
  out?: number;
  text?: string;
  conversation_message_id?: number;
  attachments?: Attachment[];
  payload?: string;
  ref?: string;
  ref_source?: string;
};
type MessageRead = { from_id?: number; peer_id?: number; read_message_id: number };
// `message_deny`: the user forbade the community's messages; `message_allow`: allowed them again (`key` comes from
// the allow widget, when that is how).
type MessagePermission = { user_id: number; key?: string };

/** Our events from one batch of updates (one callback, or one long-poll answer) of community `groupId`. */
export function vkEvents(groupId: number, updates: readonly VkUpdate[]): InboundEvent[] {
  const events: InboundEvent[] = [];
  for (const update of updates) {
    if (update.group_id !== undefined && update.group_id !== groupId) continue;
    if (update.type === 'message_new') {
      const message = (update.object as { message?: VkMessage } | undefined)?.message;
      if (message && message.from_id > 0) events.push(messageEvent(update, message));
    } else if (update.type === 'message_edit') {
      // The community's own edits come back too; the client's are the ones to show.
      const message = update.object as VkMessage | undefined;
      if (message && message.from_id > 0 && !message.out) {
        const key = update.event_id ?? `${groupId}:${message.peer_id}:${message.conversation_message_id}:${message.date}`;
        events.push({ type: 'edited', key: `edit:${key}`, externalId: String(message.id), platformId: String(message.peer_id), text: message.text ?? '' });
      }
    } else if (update.type === 'message_read') {
      const read = update.object as MessageRead | undefined;
      const peer = read?.peer_id ?? read?.from_id;
      if (read && peer) {
        const key = update.event_id ?? `${groupId}:${peer}:${read.read_message_id}`;
        events.push({ type: 'read', key: `read:${key}`, platformId: String(peer), upToExternalId: String(read.read_message_id) });
      }
    } else if (update.type === 'message_deny' || update.type === 'message_allow') {
      const permission = update.object as MessagePermission | undefined;
      // A user's chat with the community has their id as its peer id. VK gives every event an event_id (API 5.103+).
      if (permission?.user_id) {
        const key = update.event_id ?? `${groupId}:${permission.user_id}:${update.type}:${permission.key ?? ''}`;
        events.push({ type: 'reachability', key: `permission:${key}`, platformId: String(permission.user_id), reachable: update.type === 'message_allow' });
      }
    }
  }
  return events;
}

function messageEvent(update: VkUpdate, message: VkMessage): InboundEvent {
  const files: InboundFile[] = [];
  const lines: string[] = [];
  for (const attachment of message.attachments ?? []) {
    const file = attachmentFile(attachment);
    if (file) files.push(file);
    else lines.push(attachmentLine(attachment));
  }
  const text = message.text || payloadText(message.payload) || '';
  return {
    type: 'message',
    key: `message:${update.event_id ?? `${update.group_id}:${message.peer_id}:${message.conversation_message_id}`}`,
    externalId: String(message.id),
    from: { platformId: String(message.peer_id) },
    text: [text, ...lines].filter(Boolean).join('\n'),
    files,
    tag: message.ref ?? message.ref_source ?? null,
    at: message.date ? new Date(message.date * 1000).toISOString() : undefined,
  };
}

// The file's URL is its ref: VK's CDN links are signed and open without the token.
function attachmentFile(attachment: Attachment): InboundFile | null {
  const { photo, doc, audio_message: voice, sticker } = attachment;
  if (attachment.type === 'photo' && photo) {
    const url = photo.orig_photo?.url ?? largest(photo.sizes)?.url;
    return url ? { kind: 'IMAGE', name: `photo${photo.owner_id}_${photo.id}.jpg`, contentType: 'image/jpeg', ref: url } : null;
  }
  if (attachment.type === 'doc' && doc?.url) {
    const ext = doc.ext?.toLowerCase() ?? '';
    const name = doc.title && ext && !doc.title.toLowerCase().endsWith(`.${ext}`) ? `${doc.title}.${ext}` : (doc.title ?? `document.${ext || 'bin'}`);
    const image = ['jpg', 'jpeg', 'png', 'gif', 'webp'].includes(ext);
    return { kind: image ? 'IMAGE' : 'DOCUMENT', name, contentType: contentTypes[ext] ?? 'application/octet-stream', ref: doc.url };
  }
  if (attachment.type === 'audio_message' && voice) {
    const url = voice.link_ogg ?? voice.link_mp3;
    const ogg = Boolean(voice.link_ogg);
    return url ? { kind: 'AUDIO', name: ogg ? 'voice.ogg' : 'voice.mp3', contentType: ogg ? 'audio/ogg' : 'audio/mpeg', ref: url } : null;
  }
  if (attachment.type === 'sticker' && sticker) {
    const url = largest(sticker.images)?.url;
    return url ? { kind: 'IMAGE', name: `sticker${sticker.sticker_id}.png`, contentType: 'image/png', ref: url } : null;
  }
  return null;
}

// What has no file to fetch (a video lives on VK's player; music; a wall post) becomes a line of the text.
function attachmentLine(attachment: Attachment): string {
  if (attachment.type === 'video' && attachment.video) {
    const { owner_id: owner, id, title } = attachment.video;
    return `[video${title ? `: ${title}` : ''}] https://vk.com/video${owner}_${id}`;
  }
  if (attachment.type === 'audio' && attachment.audio) return `[audio: ${[attachment.audio.artist, attachment.audio.title].filter(Boolean).join(' - ')}]`;
  return `[${attachment.type}]`;
}

function largest(sizes: PhotoSize[] | undefined): PhotoSize | undefined {
  return [...(sizes ?? [])].sort((a, b) => (b.width ?? 0) * (b.height ?? 0) - (a.width ?? 0) * (a.height ?? 0))[0];
}

// A keyboard button's payload, when the press came without text: our buttons carry their label, bot builders'
// Start button carries `{"command":"start"}`.
function payloadText(payload: string | undefined): string | null {
  if (!payload) return null;
  try {
    const parsed = JSON.parse(payload) as unknown;
    if (parsed && typeof parsed === 'object') {
      const { button, command } = parsed as { button?: unknown; command?: unknown };
      if (typeof button === 'string') return button;
      if (typeof command === 'string') return `/${command}`;
    }
  } catch {
    return null;
  }
  return null;
}

const contentTypes: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  mp4: 'video/mp4',
};
