import { token } from '../../inbox/session.ts';

/**
 * Uploads a CSV with `POST /files`, reporting the share of bytes sent (fetch cannot, XMLHttpRequest can): large
 * files take a while before the import itself starts.
 */
export const uploadCsv = (file: File, onProgress: (fraction: number) => void): Promise<{ fileId: string } | { error: string }> =>
  new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/files?${new URLSearchParams({ name: file.name })}`);
    request.setRequestHeader('authorization', `Bearer ${token() ?? ''}`);
    request.setRequestHeader('content-type', 'text/csv');
    request.responseType = 'json';
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as { file?: { id: string }; error?: { message: string } } | null;
      if (request.status === 201 && body?.file) resolve({ fileId: body.file.id });
      else resolve({ error: body?.error?.message ?? `Upload failed (${request.status}).` });
    };
    request.onerror = () => resolve({ error: 'Upload failed: the server is unreachable.' });
    request.send(file);
  });
