/**
 * Every Google call a script makes is a round trip: the fakes are reached through a counting Proxy
 * (`counted`), so every method of every fake is counted by its name — `Range.getValues`,
 * `Drive.Files.create` — and none is left uncounted by omission. Only the script's own calls count:
 * a fake calling another fake inside one call (DocumentApp.create making its Drive file) is one
 * round trip. `failOn` makes a named call throw, as a quota error or a time-out would.
 */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private readonly faults: { name: string; skip: number; message: string }[] = [];
  /** How deep we are inside fake calls; only depth 0 is the script calling Google. */
  depth = 0;

  hit(name: string): void {
    if (this.depth > 0) return; // inside a call already counted
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  /** Calls of one service, e.g. total('Range.') or everything with total(). */
  total(prefix = ''): number {
    let n = 0;
    for (const [k, v] of this.counts) if (k.startsWith(prefix)) n += v;
    return n;
  }
  reset(): void {
    this.counts.clear();
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort());
  }
  /** The call `name` throws `message` once, after `skip` calls of it went through. */
  failOn(name: string, message: string, skip = 0): void {
    this.faults.push({ name, skip, message });
  }
  /** Called for each counted call: throws when a fault is due. */
  fault(name: string): void {
    const i = this.faults.findIndex((f) => f.name === name);
    if (i < 0) return;
    const f = this.faults[i];
    if (f.skip > 0) {
      f.skip--;
      return;
    }
    this.faults.splice(i, 1);
    throw new Error(f.message);
  }
}

const proxies = new WeakMap<object, object>();
const targets = new WeakMap<object, object>();

/** A class instance (not a plain value) or a plain object holding functions: a service object to count. */
function isService(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) return true;
  return Object.values(value).some((v) => typeof v === 'function');
}

/** `FakeRange` counts as `Range`, like Google's class names. */
function classNameOf(value: object, fallback: string): string {
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  const name = proto && proto !== Object.prototype ? proto.constructor?.name : undefined;
  return name ? name.replace(/^Fake/, '') : fallback;
}

function unwrap(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrap);
  return typeof value === 'object' && value !== null ? (targets.get(value) ?? value) : value;
}

function wrapResult(log: CallLog, value: unknown, fallback: string): unknown {
  if (Array.isArray(value)) return value.some(isService) ? value.map((v) => wrapResult(log, v, fallback)) : value;
  return isService(value) ? counted(log, classNameOf(value, fallback), value) : value;
}

/** The fake seen through a Proxy that counts each method call as `name.method`. */
export function counted<T extends object>(log: CallLog, name: string, target: T): T {
  const known = proxies.get(target);
  if (known) return known as T;
  const proxy = new Proxy(target, {
    get(t, prop, receiver) {
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof prop === 'symbol') return value;
      if (typeof value === 'function') {
        const call = `${name}.${prop}`;
        return function countedCall(this: unknown, ...args: unknown[]) {
          const self = this === receiver || this === undefined ? t : this;
          if (log.depth === 0) {
            log.hit(call);
            log.fault(call);
          }
          log.depth++;
          try {
            const result: unknown = (value as (...a: unknown[]) => unknown).apply(self, args.map(unwrap));
            return wrapResult(log, result, call);
          } finally {
            log.depth--;
          }
        };
      }
      return isService(value) ? counted(log, `${name}.${prop}`, value) : value;
    },
  });
  proxies.set(target, proxy);
  targets.set(proxy, target);
  return proxy;
}
