import { createHash, randomBytes, randomUUID } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat, utimes } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { once } from "node:events";

/**
 * Where attachment bytes live: content-addressed by SHA-256, so the same file stored twice is
 * kept once. An S3-compatible store can implement the same three calls.
 */
export interface AttachmentStore {
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  get(sha256: string): Promise<Buffer>;
  stream(sha256: string): Readable;
}

const SHA256 = /^[0-9a-f]{64}$/;
/** How much of a spooled file's start is kept in memory, for telling text from binary. */
export const HEAD_BYTES = 4096;

/**
 * An upload written to the store's own folder as it arrives (never held in memory whole): its
 * size, its hash and its first bytes, counted on the way.
 */
export type SpooledFile = { path: string; sizeBytes: number; sha256: string; head: Buffer };

/**
 * The filesystem store: `<root>/ab/cd/<sha256>`. A new file is written to a temporary name,
 * fsynced, renamed into place and its folder fsynced, so a crash leaves either the whole file
 * or none; a name that exists already holds exactly these bytes (its name is their hash).
 */
export class FilesystemAttachmentStore implements AttachmentStore {
  readonly root: string;
  constructor(root: string) {
    this.root = resolve(root);
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Buffer): Promise<{ sha256: string; size: number }> {
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const path = this.pathOf(sha256);
    if (await storedAlready(path, bytes.length)) return { sha256, size: bytes.length };
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${sha256}.${randomBytes(6).toString("hex")}.tmp`);
    const handle = await open(temporary, "wx", 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await moveInto(temporary, path);
    return { sha256, size: bytes.length };
  }

  /** Where uploads are spooled: inside the store, so that keeping one is a rename. */
  get incomingDir(): string {
    return join(this.root, ".incoming");
  }

  /**
   * Writes a stream to a spool file as it arrives, hashing and counting it; `truncated()` says
   * afterwards whether the source was cut at its limit (then the file is removed and null returned).
   */
  async spool(source: Readable, truncated: () => boolean): Promise<SpooledFile | null> {
    await mkdir(this.incomingDir, { recursive: true });
    const path = join(this.incomingDir, `${randomUUID()}.part`);
    const hash = createHash("sha256");
    const head: Buffer[] = [];
    let sizeBytes = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        if (sizeBytes < HEAD_BYTES) head.push(chunk.subarray(0, HEAD_BYTES - sizeBytes));
        sizeBytes += chunk.length;
        done(null, chunk);
      },
    });
    const writer = createWriteStream(path, { flags: "wx", mode: 0o640 });
    try {
      await pipeline(source, count, writer);
      if (truncated()) {
        await rm(path, { force: true });
        return null;
      }
      await syncPath(path);
    } catch (error) {
      // a failed pipeline may still be opening the file: remove it once the writer has let go
      if (!writer.closed) await once(writer, "close").catch(() => undefined);
      await rm(path, { force: true });
      throw error;
    }
    return { path, sizeBytes, sha256: hash.digest("hex"), head: Buffer.concat(head) };
  }

  /** Keeps a spooled file under its hash (a rename; the spool is dropped when those bytes are stored already). */
  async putSpooled(file: SpooledFile): Promise<{ sha256: string; size: number }> {
    const path = this.pathOf(file.sha256);
    if (await storedAlready(path, file.sizeBytes)) await rm(file.path, { force: true });
    else await moveInto(file.path, path);
    return { sha256: file.sha256, size: file.sizeBytes };
  }

  get(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  stream(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  /**
   * Deletes the files no attachment names any more (left by a change that rolled back after its
   * files were written) and unfinished temporary files, both only when untouched since
   * `olderThan`. A file is moved aside first, then looked at again: one stored again meanwhile
   * (touched by `put`) or named by a change that committed meanwhile goes back.
   */
  async sweep(options: { olderThan: Date; referenced(sha256s: string[]): Promise<Set<string>> }): Promise<{ examined: number; removed: number; bytes: number }> {
    const report = { examined: 0, removed: 0, bytes: 0 };
    const isOld = (mtime: Date) => mtime.getTime() < options.olderThan.getTime();
    // uploads whose request never finished
    for (const name of await readdir(this.incomingDir).catch(() => [])) {
      const info = await stat(join(this.incomingDir, name)).catch(() => undefined);
      if (info?.isFile() && isOld(info.mtime)) await rm(join(this.incomingDir, name), { force: true });
    }
    for (const folder of await subfolders(this.root, 2)) {
      const candidates: string[] = [];
      for (const name of await readdir(folder).catch(() => [])) {
        const path = join(folder, name);
        const info = await stat(path).catch(() => undefined);
        if (!info?.isFile()) continue;
        if (SHA256.test(name)) {
          report.examined++;
          if (isOld(info.mtime)) candidates.push(name);
        } else if (/^\..*\.(tmp|swept)$/.test(name) && isOld(info.mtime)) {
          await rm(path, { force: true });
        }
      }
      if (candidates.length === 0) continue;
      const referenced = await options.referenced(candidates);
      for (const sha256 of candidates.filter((name) => !referenced.has(name))) {
        const path = this.pathOf(sha256);
        const aside = join(folder, `.${sha256}.${randomBytes(6).toString("hex")}.swept`);
        if (!(await rename(path, aside).then(() => true, () => false))) continue;
        const info = await stat(aside);
        if (!isOld(info.mtime) || (await options.referenced([sha256])).has(sha256)) {
          await rename(aside, path);
          continue;
        }
        await rm(aside, { force: true });
        report.removed++;
        report.bytes += info.size;
      }
    }
    return report;
  }
}

/** Sets a file's times to now; false if it is gone (swept a moment ago). */
async function touch(path: string): Promise<boolean> {
  const now = new Date();
  return utimes(path, now, now).then(() => true, () => false);
}

/** The folders `depth` levels below `root` (the store's ab/cd/ fan-out). */
async function subfolders(root: string, depth: number): Promise<string[]> {
  let level = [root];
  for (let i = 0; i < depth; i++) {
    const next: string[] = [];
    for (const folder of level) {
      for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
        if (entry.isDirectory() && /^[0-9a-f]{2}$/.test(entry.name)) next.push(join(folder, entry.name));
      }
    }
    level = next;
  }
  return level;
}

/** fsync of a file, or of a folder (`isFolder`: some filesystems refuse that, and the file in it is synced already). */
async function syncPath(path: string, isFolder = false): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } catch (error) {
    if (!isFolder) throw error;
  } finally {
    await handle.close();
  }
}

const syncFolder = (path: string) => syncPath(path, true);

/**
 * Whether a file of these bytes (its name is their hash) is stored already; then it is touched,
 * so that the sweep leaves it to the change that is about to name it.
 */
async function storedAlready(path: string, size: number): Promise<boolean> {
  const existing = await stat(path).catch(() => undefined);
  return existing?.size === size && (await touch(path));
}

/** Moves a complete, synced file into its place under its hash, and syncs the folder. */
async function moveInto(from: string, path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  try {
    await rename(from, path);
  } catch (error) {
    await rm(from, { force: true });
    throw error;
  }
  await syncFolder(dirname(path));
}

const stores = new Map<string, FilesystemAttachmentStore>();

/** The store for a configuration (one per folder, made on first use). */
export function attachmentStoreFor(config: { attachmentsDir: string }): FilesystemAttachmentStore {
  let store = stores.get(config.attachmentsDir);
  if (!store) {
    store = new FilesystemAttachmentStore(config.attachmentsDir);
    stores.set(config.attachmentsDir, store);
  }
  return store;
}
