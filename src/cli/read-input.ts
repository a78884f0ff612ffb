// Reads one input of `whosaid annotate`: a file path, or "-" for standard input, as strict UTF-8.
import { readFile } from 'node:fs/promises';

export class InputError extends Error {}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The input's text; throws InputError with a reader-facing message when it cannot be used. */
export async function readInput(source: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new InputError(reason);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not UTF-8 text');
  }
  if (text.trim().length === 0) throw new InputError('empty');
  return text;
}
