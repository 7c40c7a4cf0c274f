/**
 * Reading an evidence file: the size limit that applies to its kind (a SAML message or a JSON capture,
 * decided by the same function the parser uses), then the text, with progress while a large capture
 * is read so the page stays responsive.
 */
import * as React from 'react';
import { inputLimitFor } from '../../saml/errors';

export type EvidenceFile =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading'; readonly name: string; readonly size: number; readonly loaded: number }
  | { readonly kind: 'loaded'; readonly name: string; readonly size: number; readonly text: string }
  | {
      readonly kind: 'tooLarge';
      readonly name: string;
      readonly size: number;
      readonly max: number;
      readonly limitKind: 'capture' | 'message';
    }
  | { readonly kind: 'failed'; readonly name: string };

function readText(blob: Blob, onProgress?: (loaded: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    if (onProgress) reader.onprogress = (event) => onProgress(event.loaded);
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(blob);
  });
}

export function useEvidenceFile(): {
  readonly file: EvidenceFile;
  readonly load: (file: File | undefined) => Promise<void>;
  readonly clear: () => void;
} {
  const [file, setFile] = React.useState<EvidenceFile>({ kind: 'none' });
  // A newer file (or clearing) wins over a read still in flight.
  const generation = React.useRef(0);

  const load = React.useCallback(async (picked: File | undefined): Promise<void> => {
    if (!picked) return;
    const mine = ++generation.current;
    const { name, size } = picked;
    try {
      const limit = inputLimitFor(await readText(picked.slice(0, 4096)));
      if (mine !== generation.current) return;
      if (size > limit.maxBytes) {
        setFile({ kind: 'tooLarge', name, size, max: limit.maxBytes, limitKind: limit.kind });
        return;
      }
      setFile({ kind: 'reading', name, size, loaded: 0 });
      const text = await readText(picked, (loaded) => {
        if (mine === generation.current) setFile({ kind: 'reading', name, size, loaded });
      });
      if (mine === generation.current) setFile({ kind: 'loaded', name, size, text });
    } catch {
      if (mine === generation.current) setFile({ kind: 'failed', name });
    }
  }, []);

  const clear = React.useCallback(() => {
    generation.current += 1;
    setFile({ kind: 'none' });
  }, []);

  return { file, load, clear };
}
