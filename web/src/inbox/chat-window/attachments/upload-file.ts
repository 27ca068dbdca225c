import type { FileKind } from '../../../generated/graphql.ts';
import { postFile } from '../../../ui/files.ts';
import { token } from '../../session.ts';

/** What `POST /files` answers: the file as GraphQL's File shows it. */
export type UploadedFile = { id: string; kind: FileKind; name: string; contentType: string; size: number; url: string; downloadUrl: string };

/** Uploads with the operator's session: for a message (sent with its id) or into the project's library. */
export const uploadFile = async (file: File, options: { library?: boolean } = {}): Promise<{ file: UploadedFile } | { error: string }> => {
  const result = await postFile<{ file: UploadedFile }>('/files', file, `Bearer ${token() ?? ''}`, options.library ? { library: '1' } : {});
  return 'ok' in result ? { file: result.ok.file } : { error: result.error };
};
