/**
 * Offline stand-in for `google.script.run` (tests and `citego preview`), with its rules:
 * arguments must be primitives, null, arrays and plain objects of them (a form only as the
 * sole argument); a Date, a function or a DOM node fails, nested too; `undefined` inside an
 * array becomes null; the server receives copies. Calls are asynchronous and answer through
 * withSuccessHandler / withFailureHandler (with withUserObject's value as second argument).
 * Reference: developers.google.com/apps-script/guides/html/reference/run
 */
type Handler = (value: unknown, userObject?: unknown) => void;

interface Config {
  success: Handler | null;
  failure: Handler | null;
  userObject: unknown;
}

class IllegalValue extends Error {}

function copyLegal(value: unknown, path: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map((v, i) => copyLegal(v, path ? `${path}.${i}` : String(i)));
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        out[k] = copyLegal(v, path ? `${path}.${k}` : k);
      }
      return out;
    }
  }
  throw new IllegalValue(`Failed due to illegal value in property: ${path || '0'}`);
}

function formToObject(form: HTMLFormElement): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  new FormData(form).forEach((v, k) => {
    out[k] = typeof v === 'string' ? v : null;
  });
  return out;
}

function makeRunner(config: Config): unknown {
  const base = {
    withSuccessHandler: (fn: Handler) => makeRunner({ ...config, success: fn }),
    withFailureHandler: (fn: Handler) => makeRunner({ ...config, failure: fn }),
    withUserObject: (obj: unknown) => makeRunner({ ...config, userObject: obj }),
  };
  return new Proxy(base, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop in target) return (target as Record<string, unknown>)[prop];
      return (...args: unknown[]) => {
        const payload =
          args.length === 1 && typeof HTMLFormElement !== 'undefined' && args[0] instanceof HTMLFormElement
            ? [formToObject(args[0])]
            : args.map((a, i) => copyLegal(a, String(i)));
        window.__bridgeCalls = (window.__bridgeCalls ?? 0) + 1;
        // The page's language, for the few texts the bridge itself may answer.
        const lang = new URLSearchParams(location.search).get('lang');
        fetch(`/__rpc/${encodeURIComponent(prop)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ args: payload }),
        })
          .then((r) => r.json() as Promise<{ ok: boolean; value?: unknown; message?: string }>)
          .then((answer) => {
            if (answer.ok) config.success?.(answer.value, config.userObject);
            else config.failure?.(new Error(answer.message ?? 'Erreur'), config.userObject);
          })
          .catch((e: unknown) => config.failure?.(new Error(`NetworkError: ${String(e)}`), config.userObject));
      };
    },
  });
}

declare global {
  interface Window {
    __bridgeCalls?: number;
    google: { script: { run: unknown } };
  }
}

window.google = { script: { run: makeRunner({ success: null, failure: null, userObject: undefined }) } };

export {};
