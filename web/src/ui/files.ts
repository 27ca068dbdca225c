import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from './common.messages.ts';
import { formatNumber } from './format.ts';
import { refusalText, type Refusal } from '../shared/refusal-text.ts';

const t = useMessages(commonMessages);

// Shared by the inbox and the widget: how files look (icon, size) and where their links point.

type Kind = 'IMAGE' | 'VIDEO' | 'AUDIO' | 'DOCUMENT';

// In the chosen language's digits and units ("1.5 MB", «1,5 МБ»).
export const formatSize = (bytes: number): string => {
  if (bytes < 1024) return `${formatNumber(bytes)} ${t('sizes.B')}`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 1024))} ${t('sizes.KB')}`;
  return `${formatNumber(bytes / 1024 / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${t('sizes.MB')}`;
};

export const fileIcon = (kind: Kind, contentType: string): string => {
  if (kind === 'IMAGE') return '🖼️';
  if (kind === 'VIDEO') return '🎬';
  if (kind === 'AUDIO') return '🎵';
  if (contentType === 'application/pdf') return '📕';
  if (/sheet|excel|csv/.test(contentType)) return '📊';
  if (/presentation|powerpoint/.test(contentType)) return '📽️';
  if (/zip/.test(contentType)) return '🗜️';
  return '📄';
};

// The links carry the API's public address; the inbox and the widget are served by the API itself, so they load
// files from their own origin whatever that address is (a proxy in front, another host name).
export const ownOrigin = (url: string): string => {
  const parsed = new URL(url, location.href);
  return `${parsed.pathname}${parsed.search}`;
};

// Browsers guess some types from the system (Windows calls a .csv an Excel sheet) or not at all: the server checks
// the bytes against the type, so send the type the extension means when we know it.
const byExtension: Record<string, string> = {
  csv: 'text/csv',
  txt: 'text/plain',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export const uploadType = (file: File): string => byExtension[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? (file.type || 'application/octet-stream');

/** POSTs a file's bytes to one of the API's upload routes; the parsed JSON answer, or the error to show (`unreachable` when no server answered). */
export async function postFile<T>(
  path: string,
  file: File,
  authorization: string,
  query: Record<string, string> = {},
): Promise<{ ok: T } | { error: string; unreachable?: true }> {
  try {
    const response = await fetch(`${path}?${new URLSearchParams({ name: file.name, ...query })}`, {
      method: 'POST',
      headers: { 'content-type': uploadType(file), authorization },
      body: file,
    });
    const body = (await response.json().catch(() => null)) as (T & { error?: Refusal }) | null;
    // A refused upload says why by reason, worded in the chosen language.
    if (!response.ok || !body) return { error: body?.error ? refusalText(body.error) : t('upload.failed', { status: String(response.status) }) };
    return { ok: body };
  } catch {
    return { error: t('upload.unreachable'), unreachable: true };
  }
}
