/** Every fake counts its calls: a test can assert how many round trips to Google a job costs. */
export class CallLog {
  private readonly counts = new Map<string, number>();
  hit(name: string): void {
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
}
