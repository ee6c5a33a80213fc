/**
 * Reads LSP messages from a stream (the server's stdin), like vscode-jsonrpc's StreamMessageReader,
 * except for big messages. A message of a megabyte or more (a big report's didOpen or full-text
 * didChange) is parsed in steps on the event loop (see slicedJson.ts) instead of in one go, and
 * while it is parsed, requests that only read another document are answered: a hover in a small
 * report does not wait half a second for a 50 MB report to be read.
 *
 * Order is kept wherever it matters. A message is passed ahead of earlier ones only when it is a
 * request from OVERTAKING, about a document none of the waiting messages is about (a waiting
 * message whose document is not known yet, or that is not about one document, holds everything
 * after it). Responses to the server's own requests are passed at once: the server waits for them,
 * and they change no document; so are the requests in INDEPENDENT, about the server itself.
 */
import { AbstractMessageReader, Disposable, type DataCallback, type Message } from 'vscode-jsonrpc/node';
import type { Steps } from '../../core/steps';
import { isPlaceholder, parseJsonSteps, type SliceLimits } from './slicedJson';

/** Messages at least this long (bytes) are parsed in steps. */
export const BIG_MESSAGE = 1 << 20;

/**
 * Messages longer than this (bytes) are not read: their bytes are skipped as they arrive. VS Code hands
 * extensions documents of up to 50 MB; as a JSON string such a text takes at most twice its bytes
 * (escaped line breaks, quotes and backslashes), so 256 MiB leaves room for any document an editor
 * sends, while a header announcing gigabytes (a broken or hostile client) cannot make the server
 * allocate them. Set with --max-message-mb=N or REPORT_LENS_MAX_MESSAGE_MB=N (see maxMessageBytes).
 */
export const DEFAULT_MAX_MESSAGE = 256 * 1024 * 1024;

/** A header is a few lines; bytes past this without the blank line that ends one are not a header. */
export const MAX_HEADER = 64 * 1024;

/** How much of a message too long to read is kept, to find out what it was (its id, method and document). */
const TOO_LARGE_HEAD = 64 * 1024;

/**
 * The method of the message the reader delivers in place of one too long to read: a request (with the
 * id of the one skipped, so the server answers it with an error) or a notification. Its params are
 * TooLargeParams.
 */
export const MESSAGE_TOO_LARGE = '$/reportLens/messageTooLarge';
export interface TooLargeParams {
  /** The length its header announced. */
  bytes: number;
  /** The limit in force. */
  limit: number;
  /** What the start of the message says it was, when it says. */
  method?: string;
  uri?: string;
}

/**
 * The limit on a message's length from the command line (`--max-message-mb=N`) or the environment
 * (REPORT_LENS_MAX_MESSAGE_MB=N), in mebibytes; else DEFAULT_MAX_MESSAGE.
 */
export function maxMessageBytes(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): number {
  const flag = argv.find((a) => a.startsWith('--max-message-mb='))?.slice('--max-message-mb='.length);
  const value = Number(flag ?? env.REPORT_LENS_MAX_MESSAGE_MB);
  return Number.isFinite(value) && value > 0 ? Math.floor(value * 1024 * 1024) : DEFAULT_MAX_MESSAGE;
}

/** Requests that read one document and change nothing, so they may be answered before earlier messages about other documents. */
export const OVERTAKING: ReadonlySet<string> = new Set([
  'textDocument/hover',
  'textDocument/documentSymbol',
  'textDocument/foldingRange',
  'textDocument/semanticTokens/full',
  'textDocument/semanticTokens/full/delta',
  'textDocument/semanticTokens/range',
  'textDocument/codeAction',
  'textDocument/definition',
  'textDocument/references',
  'textDocument/documentHighlight',
  'reportLens/decorations',
]);

/** Requests about the server itself, not about any document: they pass whatever waits. */
export const INDEPENDENT: ReadonlySet<string> = new Set(['reportLens/memory', 'reportLens/loopDelay']);

/** A message read but not yet delivered, because an earlier one is still being parsed. */
interface Waiting {
  message?: Message;
  /** Parsed (or failed): ready to be delivered once the messages before it are. */
  ready: boolean;
  error?: Error;
  /** The document it is about; null when it is not about one document; undefined while not known. */
  uri?: string | null;
  /** Holds nothing back ($/cancelRequest: cancelling a request late or early changes no result). */
  neutral?: boolean;
}

export interface SlicedReaderOptions {
  /** Messages at least this long are parsed in steps (default BIG_MESSAGE). */
  bigMessage?: number;
  /** Drives the parse of a big message in slices (the server uses runSteps). */
  run: <T>(steps: Steps<T>) => Promise<T>;
  /** How the parse is cut (see slicedJson.ts); tests make it small. */
  limits?: SliceLimits;
  /** Longer messages are skipped (default DEFAULT_MAX_MESSAGE). */
  maxMessage?: number;
  /** Told once per message skipped, with a line for the log. */
  log?: (line: string) => void;
}

const CRLF2 = Buffer.from('\r\n\r\n', 'ascii');
const utf8 = new TextDecoder('utf-8');

export class SlicedMessageReader extends AbstractMessageReader {
  private callback?: DataCallback;
  /** Bytes received and not yet consumed, in order. */
  private chunks: Buffer[] = [];
  private size = 0;
  /** The body length announced by the current message's header; -1 while reading a header. */
  private bodyLength = -1;
  /** The body of a big message being received, and how much of it has arrived. */
  private big?: { body: Buffer; filled: number };
  /** A message too long to read whose bytes are being skipped: how many are left, and its first bytes. */
  private skipping?: { left: number; head: Buffer[]; headSize: number; bytes: number };
  private readonly waiting: Waiting[] = [];
  private readonly bigMessage: number;
  private readonly maxMessage: number;

  constructor(
    private readonly readable: NodeJS.ReadableStream,
    private readonly options: SlicedReaderOptions,
  ) {
    super();
    this.bigMessage = options.bigMessage ?? BIG_MESSAGE;
    this.maxMessage = options.maxMessage ?? DEFAULT_MAX_MESSAGE;
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    const onData = (chunk: Buffer | string) => this.onData(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    const onError = (e: Error) => this.fireError(e);
    const onClose = () => this.fireClose();
    this.readable.on('data', onData);
    this.readable.on('error', onError);
    this.readable.on('end', onClose);
    this.readable.on('close', onClose);
    return Disposable.create(() => {
      this.callback = undefined;
      this.readable.off('data', onData);
      this.readable.off('error', onError);
      this.readable.off('end', onClose);
      this.readable.off('close', onClose);
    });
  }

  private onData(chunk: Buffer): void {
    if (this.skipping) {
      chunk = this.skip(chunk);
      if (!chunk.length) return;
    }
    const big = this.big;
    if (big) {
      // Straight into the big message's buffer: copying it all at the end would take a 50 MB
      // message's worth of page faults in one go.
      const n = Math.min(chunk.length, big.body.length - big.filled);
      chunk.copy(big.body, big.filled, 0, n);
      big.filled += n;
      if (big.filled < big.body.length) return;
      this.big = undefined;
      this.bodyLength = -1;
      this.received(big.body);
      if (n === chunk.length) return;
      chunk = chunk.subarray(n);
    }
    this.chunks.push(chunk);
    this.size += chunk.length;
    for (;;) {
      if (this.bodyLength < 0 && !this.readHeader()) return;
      if (this.bodyLength > this.maxMessage) {
        // Too long to hold: skip its bytes as they come, keeping only its start.
        this.skipping = { left: this.bodyLength, head: [], headSize: 0, bytes: this.bodyLength };
        this.bodyLength = -1;
        const rest = this.skip(this.take(this.size));
        if (!rest.length) return;
        this.chunks.push(rest);
        this.size += rest.length;
        continue;
      }
      if (this.bodyLength >= this.bigMessage && this.size < this.bodyLength) {
        // A big body: a buffer of its length, filled as its bytes arrive.
        const body = Buffer.allocUnsafe(this.bodyLength);
        const filled = this.size;
        this.take(this.size).copy(body);
        this.big = { body, filled };
        return;
      }
      if (this.size < this.bodyLength) return;
      const body = this.take(this.bodyLength);
      this.bodyLength = -1;
      this.received(body);
    }
  }

  /** Reads a header if it has arrived whole; false if not. */
  private readHeader(): boolean {
    // A header is short: gather the bytes received so far into one buffer to look for its end.
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.size)];
    for (;;) {
      const head = this.chunks[0];
      if (!head) return false;
      const end = head.indexOf(CRLF2);
      if (end < 0) {
        if (head.length > MAX_HEADER) {
          // Not a header: report it once and keep only the last bytes, where the end of one may begin.
          this.fireError(new Error(`Message header longer than ${MAX_HEADER} bytes without an end; skipping it: ${JSON.stringify(head.toString('latin1', 0, 200))}`));
          this.chunks = [head.subarray(head.length - 3)];
          this.size = 3;
        }
        return false;
      }
      const fields = new Map<string, string>();
      for (const line of head.toString('ascii', 0, end).split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
      }
      this.chunks[0] = head.subarray(end + 4);
      this.size -= end + 4;
      const declared = fields.get('content-length') ?? '';
      if (!/^\d{1,15}$/.test(declared)) {
        // Without a length there is no body to read: report the header, and read what follows it as the next header.
        this.fireError(new Error(`Message header without a valid Content-Length: ${JSON.stringify(head.toString('ascii', 0, Math.min(end, 200)))}`));
        continue;
      }
      const charset = /charset=([^;\s]+)/i.exec(fields.get('content-type') ?? '')?.[1]?.toLowerCase();
      if (charset && charset !== 'utf-8' && charset !== 'utf8') this.fireError(new Error(`Unsupported message charset ${charset}; reading it as UTF-8.`));
      this.bodyLength = Number(declared);
      return true;
    }
  }


  /**
   * Consumes the bytes of a message being skipped from `chunk`, and returns what follows it. Once all
   * are skipped, the message is reported and something stands in for it (see MESSAGE_TOO_LARGE).
   */
  private skip(chunk: Buffer): Buffer {
    const s = this.skipping!;
    const n = Math.min(chunk.length, s.left);
    if (s.headSize < TOO_LARGE_HEAD) {
      const part = chunk.subarray(0, Math.min(n, TOO_LARGE_HEAD - s.headSize));
      s.head.push(Buffer.from(part));
      s.headSize += part.length;
    }
    s.left -= n;
    if (s.left > 0) return chunk.subarray(n);
    this.skipping = undefined;
    this.tooLarge(Buffer.concat(s.head, s.headSize), s.bytes);
    return chunk.subarray(n);
  }

  /**
   * A message too long to read was skipped: logged, and delivered in its place, in order, is a
   * MESSAGE_TOO_LARGE request with its id (the server answers it with an error) or notification; when
   * it changed a document, the document is closed too, so that no later edit lands on a text that
   * is no longer the client's.
   */
  private tooLarge(head: Buffer, bytes: number): void {
    const text = head.toString('utf8');
    const id = /"id"\s*:\s*(-?\d+|"(?:[^"\\]|\\.)*")/.exec(text)?.[1];
    const method = /"method"\s*:\s*"([^"\\]*)"/.exec(text)?.[1];
    const uri = /"uri"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
    let decodedUri: string | undefined;
    try {
      decodedUri = uri === undefined ? undefined : (JSON.parse(`"${uri}"`) as string);
    } catch {
      decodedUri = undefined;
    }
    const params: TooLargeParams = { bytes, limit: this.maxMessage, ...(method ? { method } : {}), ...(decodedUri ? { uri: decodedUri } : {}) };
    this.options.log?.(
      `Report Lens: skipped a message of ${bytes} bytes${method ? ` (${method}${params.uri ? ` ${params.uri}` : ''})` : ''}: longer than the limit of ${this.maxMessage} bytes (--max-message-mb or REPORT_LENS_MAX_MESSAGE_MB)`,
    );
    const idValue = id === undefined ? undefined : (JSON.parse(id) as number | string);
    if (idValue !== undefined && method === undefined) {
      // A response to one of the server's requests: an error response stands in, so that nothing waits for it for ever.
      this.received(Buffer.from(JSON.stringify({ jsonrpc: '2.0', id: idValue, error: { code: -32600, message: `response of ${bytes} bytes not read: longer than ${this.maxMessage} bytes` } })));
      return;
    }
    const stand = { jsonrpc: '2.0', method: MESSAGE_TOO_LARGE, params, ...(idValue !== undefined ? { id: idValue } : {}) };
    this.received(Buffer.from(JSON.stringify(stand)));
    if (params.uri && (method === 'textDocument/didOpen' || method === 'textDocument/didChange')) {
      this.received(Buffer.from(JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didClose', params: { textDocument: { uri: params.uri } } })));
    }
  }

  /** The next `n` bytes received, as one buffer. */
  private take(n: number): Buffer {
    const parts: Buffer[] = [];
    let need = n;
    while (need > 0) {
      const c = this.chunks[0];
      if (c.length <= need) {
        parts.push(c);
        this.chunks.shift();
        need -= c.length;
      } else {
        parts.push(c.subarray(0, need));
        this.chunks[0] = c.subarray(need);
        need = 0;
      }
    }
    this.size -= n;
    if (this.chunks.length === 0 || (this.chunks.length === 1 && this.chunks[0].length === 0)) this.chunks = [];
    return parts.length === 1 ? parts[0] : Buffer.concat(parts, n);
  }

  /** A whole message body arrived. */
  private received(body: Buffer): void {
    if (body.length >= this.bigMessage) {
      const entry: Waiting = { ready: false };
      this.waiting.push(entry);
      this.options
        .run(
          parseJsonSteps(
            body,
            // A document named by a string still to be decoded stays unknown.
            (skeleton) => {
              const uri = documentOf(skeleton as Message);
              entry.uri = uri !== null && isPlaceholder(uri) ? undefined : uri;
            },
            this.options.limits,
          ),
        )
        .then(
          (message) => (entry.message = message as Message),
          (e: unknown) => (entry.error = e instanceof Error ? e : new Error(String(e))),
        )
        .finally(() => {
          entry.ready = true;
          this.deliverReady();
        });
      return;
    }
    let message: Message;
    try {
      message = JSON.parse(utf8.decode(body)) as Message;
    } catch (e) {
      this.fireError(e);
      return;
    }
    if (this.waiting.length === 0 || this.mayOvertake(message)) this.deliver(message);
    else this.waiting.push({ message, ready: true, uri: documentOf(message), neutral: (message as { method?: string }).method === '$/cancelRequest' });
  }

  /** Whether a message may be delivered before the waiting ones (see the file's comment). */
  private mayOvertake(message: Message): boolean {
    const m = message as { id?: unknown; method?: string };
    if (m.method === undefined) return m.id !== undefined; // a response
    if (INDEPENDENT.has(m.method)) return true;
    if (m.id === undefined || !OVERTAKING.has(m.method)) return false;
    const uri = documentOf(message);
    return typeof uri === 'string' && this.waiting.every((w) => w.neutral || (typeof w.uri === 'string' && w.uri !== uri));
  }

  /** Delivers the waiting messages from the first on, up to the first still being parsed. */
  private deliverReady(): void {
    while (this.waiting.length && this.waiting[0].ready) {
      const w = this.waiting.shift()!;
      if (w.error) this.fireError(w.error);
      else if (w.message) this.deliver(w.message);
    }
  }

  private deliver(message: Message): void {
    this.callback?.(message);
  }
}

/** The document a message is about (`params.textDocument.uri`), or null. */
function documentOf(message: Message | undefined): string | null {
  const uri = (message as { params?: { textDocument?: { uri?: unknown } } } | undefined)?.params?.textDocument?.uri;
  return typeof uri === 'string' ? uri : null;
}
