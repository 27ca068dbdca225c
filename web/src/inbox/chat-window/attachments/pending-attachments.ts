import { createStore, produce } from 'solid-js/store';
import type { FileItemFragment, FileKind } from '../../../generated/graphql.ts';
import { uploadFile } from './upload-file.ts';

// A file chosen for the next reply: uploading, ready (with its id), or failed (with why).
export type PendingAttachment = {
  key: string;
  name: string;
  size: number;
  kind: FileKind;
  state: 'uploading' | 'ready' | 'failed';
  fileId?: string;
  // An image's preview: a local object URL while it uploads, the file's link once from the library.
  previewUrl?: string;
  error?: string;
};

const maxAttachments = 10;
const kindOf = (type: string): FileKind =>
  type.startsWith('image/') ? 'IMAGE' : type.startsWith('video/') ? 'VIDEO' : type.startsWith('audio/') ? 'AUDIO' : 'DOCUMENT';

/** The composer's attachments: uploaded as soon as they are chosen, sent by id with the reply. */
export const createPendingAttachments = () => {
  const [items, setItems] = createStore<PendingAttachment[]>([]);
  const update = (key: string, patch: Partial<PendingAttachment>) =>
    setItems((item) => item.key === key, produce((item) => Object.assign(item, patch)));
  const release = (item: PendingAttachment) => item.previewUrl?.startsWith('blob:') && URL.revokeObjectURL(item.previewUrl);

  const upload = async (file: File) => {
    const key = crypto.randomUUID();
    const kind = kindOf(file.type);
    setItems(items.length, { key, name: file.name, size: file.size, kind, state: 'uploading', ...(kind === 'IMAGE' ? { previewUrl: URL.createObjectURL(file) } : {}) });
    const result = await uploadFile(file);
    if ('file' in result) update(key, { state: 'ready', fileId: result.file.id });
    else update(key, { state: 'failed', error: result.error });
  };

  return {
    items: () => items,
    room: () => maxAttachments - items.length,
    add: (files: readonly File[]) => {
      for (const file of files.slice(0, maxAttachments - items.length)) void upload(file);
    },
    pick: (file: FileItemFragment) => {
      if (items.length >= maxAttachments || items.some((item) => item.fileId === file.id)) return;
      setItems(items.length, {
        key: file.id,
        name: file.name,
        size: file.size,
        kind: file.kind,
        state: 'ready',
        fileId: file.id,
        ...(file.kind === 'IMAGE' ? { previewUrl: file.url } : {}),
      });
    },
    remove: (key: string) => {
      const item = items.find((each) => each.key === key);
      if (item) release(item);
      setItems((list) => list.filter((each) => each.key !== key));
    },
    clear: () => {
      items.forEach(release);
      setItems([]);
    },
    fileIds: () => items.filter((item) => item.state === 'ready').map((item) => item.fileId!),
    uploading: () => items.some((item) => item.state === 'uploading'),
    failed: () => items.some((item) => item.state === 'failed'),
  };
};

export type PendingAttachments = ReturnType<typeof createPendingAttachments>;
