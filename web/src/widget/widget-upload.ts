import type { WidgetChatMessageFragment } from '../generated/graphql.ts';
import { postFile } from '../ui/files.ts';

type Uploaded = { message: WidgetChatMessageFragment };

/** Sends a file as the visitor's message (`POST /widget/files`); retrying with the same key sends it once. */
export const uploadVisitorFile = async (visitorToken: string, file: File, idempotencyKey: string) => {
  const result = await postFile<Uploaded>('/widget/files', file, `Visitor ${visitorToken}`, { idempotencyKey });
  if ('error' in result) return result;
  const { message } = result.ok;
  // The answer has what the fragment asks for, and more: keep to the fragment's shape.
  const attachments = message.attachments.map(({ kind, name, contentType, size, url, downloadUrl }) => ({ kind, name, contentType, size, url, downloadUrl }));
  return { message: { ...message, attachments } };
};
