import { token } from '../../inbox/session.ts';
import { refusalText, type Refusal } from '../../shared/refusal-text.ts';

/** Why an upload failed: the server's refusal in the chosen language if it sent one, and the HTTP status (0: no answer at all). */
export type UploadFailure = { message: string | null; status: number };

/**
 * Uploads a CSV with `POST /files`, reporting the share of bytes sent (fetch cannot, XMLHttpRequest can): large
 * files take a while before the import itself starts.
 */
export const uploadCsv = (file: File, onProgress: (fraction: number) => void): Promise<{ fileId: string } | { failure: UploadFailure }> =>
  new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/files?${new URLSearchParams({ name: file.name })}`);
    request.setRequestHeader('authorization', `Bearer ${token() ?? ''}`);
    request.setRequestHeader('content-type', 'text/csv');
    request.responseType = 'json';
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.onload = () => {
      const body = request.response as { file?: { id: string }; error?: Refusal } | null;
      if (request.status === 201 && body?.file) resolve({ fileId: body.file.id });
      else resolve({ failure: { message: body?.error ? refusalText(body.error) : null, status: request.status } });
    };
    request.onerror = () => resolve({ failure: { message: null, status: 0 } });
    request.send(file);
  });
