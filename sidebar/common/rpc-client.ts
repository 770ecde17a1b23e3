/** Typed Promise client over google.script.run (and, offline, over the bridge that imitates it). */
import type { RpcContract, RpcName } from '../../shared/usecases/rpc';

interface ScriptRun {
  withSuccessHandler(fn: (value: unknown) => void): ScriptRun;
  withFailureHandler(fn: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function call<N extends RpcName>(name: N, ...args: RpcContract[N]['args']): Promise<RpcContract[N]['result']> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((v) => resolve(v as RpcContract[N]['result']))
      .withFailureHandler((e) => reject(e instanceof Error ? e : new Error(String(e))));
    const fn = runner[name] as (...a: unknown[]) => void;
    try {
      fn.apply(runner, args);
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}

/** The message to show for a failed call: the server's sentence, without technical prefixes. */
export function failureText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/^(Exception|Error|Erreur)\s*:\s*/i, '') || 'Erreur inattendue.';
}

/** A request id for a write, so that a double click or a retry is done once (docs/architecture.md). */
export function newRequestId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `r${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

/** The sidebar's status line: a spinner with what is being done. */
export function showBusy(status: HTMLElement, text: string): void {
  status.hidden = false;
  status.className = 'busy';
  status.textContent = text;
}

/** The sidebar's status line: what failed, and the server's sentence. */
export function showFailure(status: HTMLElement, prefix: string, e: unknown): void {
  status.hidden = false;
  status.className = 'banner error';
  status.textContent = `${prefix} : ${failureText(e)}`;
}
