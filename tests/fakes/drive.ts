/**
 * The advanced Drive service (v3) as Apps Script exposes it: Drive.Files.create/list/get/update,
 * Drive.Permissions.create/list/remove, Drive.About.get (developers.google.com/drive/api/reference/rest/v3),
 * as strict as Google under the `drive.file` scope (docs/architecture.md, "What Google does"):
 * - a file is visible to a user only if that user's script created it or the user picked it with the
 *   Google Picker (`pick`): file authorisation is granted per user. Anything else is "File not found";
 * - the parents a file is created in must exist and be visible;
 * - `fields` is honoured: only the fields asked for come back (Google's defaults otherwise), and an
 *   unknown field is refused.
 * Calls are counted by the Proxy the services are reached through (tests/fakes/calls.ts).
 */
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
  /** The user whose script created it (drive.file: the one who sees it). */
  creator: string;
  /** Users who opened it with the Picker (drive.file grants it to them too). */
  pickedBy: Set<string>;
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

type Fields = Map<string, Fields | null>;

/** `files(id,name),nextPageToken` as a tree of field names. */
export function parseFields(spec: string): Fields {
  const root: Fields = new Map();
  const stack: Fields[] = [root];
  let word = '';
  const flush = () => {
    if (word.trim()) stack[stack.length - 1].set(word.trim(), null);
    word = '';
  };
  for (const ch of spec) {
    if (ch === ',') flush();
    else if (ch === '(') {
      const sub: Fields = new Map();
      stack[stack.length - 1].set(word.trim(), sub);
      word = '';
      stack.push(sub);
    } else if (ch === ')') {
      flush();
      stack.pop();
    } else word += ch;
  }
  flush();
  return root;
}

/** What a resource may be asked for: asking for anything else is Google's 400 "Invalid field selection". */
const FILE_FIELDS = new Set(['kind', 'id', 'name', 'mimeType', 'parents', 'trashed', 'webViewLink', 'shortcutDetails']);

function select(value: Record<string, unknown>, fields: Fields, allowed: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, sub] of fields) {
    if (key === '*') return value;
    if (!allowed.has(key) && !(key in value)) throw new Error(`GoogleJsonResponseException: Invalid field selection ${key}`);
    const v = value[key];
    if (v === undefined) continue;
    if (sub && Array.isArray(v)) out[key] = v.map((x) => select(x as Record<string, unknown>, sub, FILE_FIELDS));
    else if (sub && typeof v === 'object' && v !== null) out[key] = select(v as Record<string, unknown>, sub, new Set(Object.keys(v)));
    else out[key] = v;
  }
  return out;
}

function literal(s: string): string {
  return s.replace(/\\'/g, "'").replace(/\\\\/g, '\\');
}

const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';

export class FakeDrive {
  readonly files = new Map<string, FakeFile>();
  readonly permissions = new Map<string, FakePermission[]>();
  /** Every permission ever created, to prove no "anyone" link was made. */
  readonly createdPermissions: { fileId: string; permission: FakePermission; options: Record<string, unknown> }[] = [];
  private next = 1;
  /** Drive's import into Google types (tests/fakes/docs-import.ts), wired by makeGoogleFakes. */
  importer: ((file: FakeFile, blob: FakeBlob | null, method: string) => void) | null = null;
  /**
   * @param user who runs the script now (the two-user harness switches it); their drive.file grants apply.
   */
  constructor(readonly user: () => string) {}

  /** The user's view: what drive.file lets them see. */
  private visible(f: FakeFile): boolean {
    const me = this.user();
    return f.creator === me || f.pickedBy.has(me);
  }

  private file(id: string, method: string): FakeFile {
    const f = this.files.get(id);
    if (!f || !this.visible(f))
      throw new Error(`GoogleJsonResponseException: API call to drive.${method} failed with error: File not found: ${id}.`);
    return f;
  }

  private view(f: FakeFile, fields = DEFAULT_FILE_FIELDS): Record<string, unknown> {
    const all = {
      kind: 'drive#file',
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      trashed: f.trashed,
      webViewLink: `https://drive.google.com/open?id=${f.id}`,
      ...(f.shortcutTarget ? { shortcutDetails: { targetId: f.shortcutTarget } } : {}),
    };
    return select(all, parseFields(fields), FILE_FIELDS);
  }

  /** A file made by someone else or by hand (not by Citego): no script user sees it until picked. */
  addForeign(name: string, mimeType = 'application/vnd.google-apps.folder'): FakeFile {
    return this.store({ name, mimeType, parents: ['root'] }, null, 'someone@elsewhere.example');
  }

  /** The user opened the file with the Google Picker: drive.file now grants it to them. */
  pick(id: string, user: string): void {
    this.files.get(id)?.pickedBy.add(user);
  }

  /** A new file, stored unless `check` (Drive's import) refuses it first. */
  private store(resource: FileResource, blob: FakeBlob | null, creator: string, check?: (f: FakeFile) => void): FakeFile {
    const id = `file-${String(this.next++).padStart(6, '0')}`; // Drive ids are long: a setting's link is recognised by it
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
      creator,
      pickedBy: new Set(),
    };
    check?.(f);
    this.files.set(id, f);
    this.permissions.set(id, [{ id: `perm-owner-${id}`, type: 'user', role: 'owner', emailAddress: creator }]);
    return f;
  }

  readonly Files = {
    create: (resource: FileResource, blob?: FakeBlob | null, opts: { fields?: string } = {}) => {
      for (const parent of resource.parents ?? []) if (parent !== 'root') this.file(parent, 'files.create');
      if (resource.mimeType === 'application/vnd.google-apps.shortcut' && !resource.shortcutDetails?.targetId)
        throw new Error(
          'GoogleJsonResponseException: API call to drive.files.create failed with error: A shortcut needs shortcutDetails.targetId.',
        );
      const f = this.store(resource, blob ?? null, this.user(), (made) => this.importer?.(made, blob ?? null, 'create'));
      return this.view(f, opts.fields);
    },
    get: (id: string, opts: { fields?: string } = {}) => this.view(this.file(id, 'files.get'), opts.fields),
    update: (
      resource: FileResource,
      id: string,
      blob?: FakeBlob | null,
      opts: { addParents?: string; removeParents?: string; fields?: string } = {},
    ) => {
      const f = this.file(id, 'files.update');
      if (blob) this.importer?.({ ...f, name: resource.name ?? f.name }, blob, 'update');
      if (resource.name) f.name = resource.name;
      for (const p of opts.addParents?.split(',') ?? []) if (p !== 'root') this.file(p, 'files.update');
      if (opts.removeParents) f.parents = f.parents.filter((p) => !opts.removeParents?.split(',').includes(p));
      if (opts.addParents) f.parents.push(...opts.addParents.split(',').filter((p) => !f.parents.includes(p)));
      if (blob) {
        f.content = blob.getDataAsString();
        f.bytes = Uint8Array.from(blob.getBytes(), (b) => b & 0xff);
        f.sourceType = blob.getContentType();
      }
      f.versions += 1;
      return this.view(f, opts.fields);
    },
    list: (opts: { q?: string; fields?: string } = {}) => {
      const tests = (opts.q ?? '')
        .split(/\s+and\s+/)
        .filter(Boolean)
        .map((c) => this.clause(c));
      const found = [...this.files.values()].filter((f) => this.visible(f) && tests.every((t) => t(f)));
      const all = { kind: 'drive#fileList', incompleteSearch: false, files: found.map((f) => this.view(f, '*')) };
      return select(all, parseFields(opts.fields ?? `kind,incompleteSearch,files(${DEFAULT_FILE_FIELDS})`), new Set(Object.keys(all)));
    },
  };

  /** One clause of a Drive query (Search for files): the ones the add-on writes. */
  private clause(c: string): (f: FakeFile) => boolean {
    let m = /^name\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(c);
    if (m) {
      const name = literal(m[1]);
      return (f) => f.name === name;
    }
    m = /^mimeType\s*=\s*'((?:[^'\\]|\\.)*)'$/.exec(c);
    if (m) {
      const mime = literal(m[1]);
      return (f) => f.mimeType === mime;
    }
    m = /^'((?:[^'\\]|\\.)*)'\s+in\s+parents$/.exec(c);
    if (m) {
      const parent = literal(m[1]);
      return (f) => f.parents.includes(parent);
    }
    if (/^trashed\s*=\s*false$/.test(c)) return (f) => !f.trashed;
    throw new Error(`Invalid Value: unsupported query clause in the fake: ${c}`);
  }

  readonly Permissions = {
    create: (resource: { type: string; role: string; emailAddress?: string }, fileId: string, opts: Record<string, unknown> = {}) => {
      this.file(fileId, 'permissions.create');
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
    list: (fileId: string, opts: { fields?: string } = {}) => {
      this.file(fileId, 'permissions.list');
      const all = { kind: 'drive#permissionList', permissions: (this.permissions.get(fileId) ?? []).map((p) => ({ ...p })) };
      const allowed = new Set(['kind', 'id', 'type', 'role', 'emailAddress']);
      return select(all, parseFields(opts.fields ?? 'kind,permissions(kind,id,type,role)'), allowed);
    },
    remove: (fileId: string, permissionId: string) => {
      this.file(fileId, 'permissions.delete');
      const list = this.permissions.get(fileId) ?? [];
      const i = list.findIndex((p) => p.id === permissionId);
      if (i < 0)
        throw new Error(
          `GoogleJsonResponseException: API call to drive.permissions.delete failed with error: Permission not found: ${permissionId}.`,
        );
      list.splice(i, 1);
    },
  };

  /** About.get: `fields` is required (Drive v3); the user is the one running the script. */
  readonly About = {
    get: (opts: { fields?: string } = {}) => {
      if (!opts.fields)
        throw new Error(
          "GoogleJsonResponseException: API call to drive.about.get failed with error: The 'fields' parameter is required for this method.",
        );
      const me = this.user();
      const all = { kind: 'drive#about', user: { kind: 'drive#user', displayName: me.split('@')[0], emailAddress: me } };
      return select(all, parseFields(opts.fields), new Set(Object.keys(all)));
    },
  };

  /** Test helper: the files in a folder, whoever sees them. */
  childrenOf(folderId: string): FakeFile[] {
    return [...this.files.values()].filter((f) => f.parents.includes(folderId) && !f.trashed);
  }
  byName(name: string): FakeFile[] {
    return [...this.files.values()].filter((f) => f.name === name);
  }
}
