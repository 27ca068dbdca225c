import { createQuery } from '@urql/solid';
import type { FileItemFragment } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { FileLibraryQuery } from '../inbox/chat-window/attachments/file-library.query.ts';
import { LibraryFilesField } from '../inbox/chat-window/attachments/LibraryFilesField.tsx';
import { processesMessages } from './processes.messages.ts';

/** At most this many files go with a Message block (its `fileIds` in the definition). */
const maxFiles = 10;

/** A Message block's files from the project's library, named from it (one removed from the library since is left out). */
export const MessageFilesField = (props: { fileIds: readonly string[]; readOnly: boolean; onChange: (fileIds: string[]) => void }) => {
  const t = useMessages(processesMessages);
  const [library] = createQuery({ query: FileLibraryQuery });
  const files = () => {
    const byId = new Map((library.data?.fileLibrary.edges ?? []).map(({ node }) => [node.id, node]));
    return props.fileIds.flatMap((id) => byId.get(id) ?? []) as FileItemFragment[];
  };
  return (
    <div class="process-field process-files">
      <span class="process-field-label">{t('fields.files')}</span>
      <LibraryFilesField files={files()} max={maxFiles} testId="block" disabled={props.readOnly} onChange={(chosen) => props.onChange(chosen.map((file) => file.id))} />
    </div>
  );
};
