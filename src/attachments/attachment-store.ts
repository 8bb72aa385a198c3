import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";

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
    const existing = await stat(path).catch(() => undefined);
    if (existing?.size === bytes.length) return { sha256, size: bytes.length };
    await mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${sha256}.${randomBytes(6).toString("hex")}.tmp`);
    const handle = await open(temporary, "wx", 0o640);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    await syncFolder(dirname(path));
    return { sha256, size: bytes.length };
  }

  get(sha256: string): Promise<Buffer> {
    return readFile(this.pathOf(sha256));
  }

  stream(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }
}

async function syncFolder(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } catch {
    // some filesystems refuse fsync on a folder; the file itself is synced already
  } finally {
    await handle.close();
  }
}

const stores = new Map<string, AttachmentStore>();

/** The store for a configuration (one per folder, made on first use). */
export function attachmentStoreFor(config: { attachmentsDir: string }): AttachmentStore {
  let store = stores.get(config.attachmentsDir);
  if (!store) {
    store = new FilesystemAttachmentStore(config.attachmentsDir);
    stores.set(config.attachmentsDir, store);
  }
  return store;
}
