/**
 * The advanced Drive service (v3) as Apps Script exposes it: Drive.Files.create/list/get/update,
 * Drive.Permissions.create/list/remove (developers.google.com/drive/api/reference/rest/v3).
 * Under drive.file the add-on only sees files it created; this fake holds only those.
 */
import { CallLog } from './calls';

/** A Blob made from a string (kept as UTF-8) or from Apps Script's signed bytes (Byte[], -128…127). */
export class FakeBlob {
  private readonly bytes: Uint8Array;
  constructor(
    data: string | readonly number[],
    private readonly contentType: string,
    private readonly name: string,
  ) {
    if (typeof data !== 'string' && data.some((b) => !Number.isInteger(b) || b < -128 || b > 127))
      throw new Error('Utilities.newBlob: a Byte[] holds integers from -128 to 127.');
    this.bytes = typeof data === 'string' ? new TextEncoder().encode(data) : Uint8Array.from(data, (b) => b & 0xff);
  }
  /** Like Apps Script: decoded as UTF-8 unless a charset is given. */
  getDataAsString(charset = 'utf-8'): string {
    // Like Apps Script's Blob (Java's decoder), a byte-order mark stays in the string: TextDecoder would drop it.
    return new TextDecoder(charset, { ignoreBOM: true }).decode(this.bytes);
  }
  getBytes(): number[] {
    return Array.from(this.bytes, (b) => (b > 127 ? b - 256 : b));
  }
  getContentType(): string {
    return this.contentType;
  }
  getName(): string {
    return this.name;
  }
}

export interface FakeFile {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  content: string | null;
  /** The file's bytes (0…255), for a test that decodes them itself (the FEC's ISO 8859-15). */
  bytes: Uint8Array | null;
  sourceType: string | null;
  shortcutTarget: string | null;
  versions: number;
}

export interface FakePermission {
  id: string;
  type: string;
  role: string;
  emailAddress?: string;
}

interface FileResource {
  name?: string;
  mimeType?: string;
  parents?: string[];
  shortcutDetails?: { targetId?: string };
}

function literal(s: string): string {
  return s.replace(/\\'/g, "'").replace(/\\\\/g, '\\');
}

export class FakeDrive {
  readonly files = new Map<string, FakeFile>();
  readonly permissions = new Map<string, FakePermission[]>();
  /** Every permission ever created, to prove no "anyone" link was made. */
  readonly createdPermissions: { fileId: string; permission: FakePermission; options: Record<string, unknown> }[] = [];
  private next = 1;
  /** Drive's import into Google types (tests/fakes/docs-import.ts), wired by makeGoogleFakes. */
  importer: ((file: FakeFile, blob: FakeBlob | null, method: string) => void) | null = null;
  constructor(
    private readonly log: CallLog,
    readonly owner = 'secretaire@example.org',
  ) {}

  private file(id: string): FakeFile {
    const f = this.files.get(id);
    if (!f) throw new Error(`GoogleJsonResponseException: API call to drive.files.get failed with error: File not found: ${id}.`);
    return f;
  }

  private view(f: FakeFile) {
    return {
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      trashed: f.trashed,
      webViewLink: `https://drive.google.com/open?id=${f.id}`,
    };
  }

  readonly Files = {
    create: (resource: FileResource, blob?: FakeBlob, _opts?: Record<string, unknown>) => {
      this.log.hit('Drive.Files.create');
      const id = `file-${this.next++}`;
      const f: FakeFile = {
        id,
        name: resource.name ?? 'Sans titre',
        mimeType: resource.mimeType ?? blob?.getContentType() ?? 'application/octet-stream',
        parents: resource.parents && resource.parents.length > 0 ? [...resource.parents] : ['root'],
        trashed: false,
        content: blob ? blob.getDataAsString() : null,
        bytes: blob ? Uint8Array.from(blob.getBytes(), (b) => b & 0xff) : null,
        sourceType: blob ? blob.getContentType() : null,
        shortcutTarget: resource.shortcutDetails?.targetId ?? null,
        versions: 1,
      };
      if (f.mimeType === 'application/vnd.google-apps.shortcut' && !f.shortcutTarget)
        throw new Error('A shortcut needs shortcutDetails.targetId.');
      this.importer?.(f, blob ?? null, 'create');
      this.files.set(id, f);
      this.permissions.set(id, [{ id: `perm-owner-${id}`, type: 'user', role: 'owner', emailAddress: this.owner }]);
      return this.view(f);
    },
    get: (id: string, _opts?: Record<string, unknown>) => {
      this.log.hit('Drive.Files.get');
      return this.view(this.file(id));
    },
    update: (resource: FileResource, id: string, blob?: FakeBlob | null, opts: { addParents?: string; removeParents?: string } = {}) => {
      this.log.hit('Drive.Files.update');
      const f = this.file(id);
      if (blob) this.importer?.({ ...f, name: resource.name ?? f.name }, blob, 'update');
      if (resource.name) f.name = resource.name;
      if (opts.removeParents) f.parents = f.parents.filter((p) => !opts.removeParents?.split(',').includes(p));
      if (opts.addParents) f.parents.push(...opts.addParents.split(',').filter((p) => !f.parents.includes(p)));
      if (blob) {
        f.content = blob.getDataAsString();
        f.bytes = Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
        f.sourceType = blob.getContentType();
      }
      f.versions += 1;
      return this.view(f);
    },
    list: (opts: { q?: string } = {}) => {
      this.log.hit('Drive.Files.list');
      const clauses = (opts.q ?? '').split(/\s+and\s+/).filter(Boolean);
      const tests = clauses.map((c) => {
        let m = /^name\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(c);
        if (m) {
          const name = literal(m[1]);
          return (f: FakeFile) => f.name === name;
        }
        m = /^mimeType\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(c);
        if (m) {
          const mime = literal(m[1]);
          return (f: FakeFile) => f.mimeType === mime;
        }
        m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents$/.exec(c);
        if (m) {
          const parent = literal(m[1]);
          return (f: FakeFile) => f.parents.includes(parent);
        }
        if (/^trashed\s*=\s*false$/.test(c)) return (f: FakeFile) => !f.trashed;
        throw new Error(`Invalid Value: unsupported query clause in the fake: ${c}`);
      });
      return { files: [...this.files.values()].filter((f) => tests.every((t) => t(f))).map((f) => this.view(f)) };
    },
  };

  readonly Permissions = {
    create: (resource: { type: string; role: string; emailAddress?: string }, fileId: string, opts: Record<string, unknown> = {}) => {
      this.log.hit('Drive.Permissions.create');
      this.file(fileId);
      const permission: FakePermission = {
        id: `perm-${this.next++}`,
        type: resource.type,
        role: resource.role,
        emailAddress: resource.emailAddress,
      };
      this.permissions.get(fileId)?.push(permission);
      this.createdPermissions.push({ fileId, permission, options: opts });
      return permission;
    },
    list: (fileId: string, _opts?: Record<string, unknown>) => {
      this.log.hit('Drive.Permissions.list');
      this.file(fileId);
      return { permissions: (this.permissions.get(fileId) ?? []).map((p) => ({ ...p })) };
    },
    remove: (fileId: string, permissionId: string) => {
      this.log.hit('Drive.Permissions.remove');
      const list = this.permissions.get(fileId) ?? [];
      const i = list.findIndex((p) => p.id === permissionId);
      if (i < 0) throw new Error(`Permission not found: ${permissionId}.`);
      list.splice(i, 1);
    },
  };

  /** Test helper: the files in a folder, by name. */
  childrenOf(folderId: string): FakeFile[] {
    return [...this.files.values()].filter((f) => f.parents.includes(folderId) && !f.trashed);
  }
  byName(name: string): FakeFile[] {
    return [...this.files.values()].filter((f) => f.name === name);
  }
}
