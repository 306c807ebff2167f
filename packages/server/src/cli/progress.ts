/** Where progress goes: a TTY gets a redrawn bar, anything else periodic plain lines. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** Work done so far. @example { done: 250, total: 1000, elapsedMs: 2000 } */
export interface ProgressSnapshot {
  readonly done: number;
  readonly total: number;
  readonly elapsedMs: number;
}

/**
 * A duration as `m:ss` (or `h:mm:ss`), rounded up to the next second.
 *
 * @example
 * formatDuration(61_200); // "1:02"
 */
export function formatDuration(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/**
 * Items per second and the time left at that rate (undefined before anything is done).
 *
 * @example
 * rateAndEta({ done: 250, total: 1000, elapsedMs: 2000 }); // { perSecond: 125, etaMs: 6000 }
 */
export function rateAndEta(progress: ProgressSnapshot): { perSecond: number; etaMs: number | undefined } {
  const perSecond = progress.elapsedMs > 0 ? (progress.done * 1000) / progress.elapsedMs : 0;
  const remaining = Math.max(0, progress.total - progress.done);
  return { perSecond, etaMs: perSecond > 0 ? (remaining / perSecond) * 1000 : undefined };
}

function formatRate(perSecond: number): string {
  return perSecond >= 10 ? String(Math.round(perSecond)) : perSecond.toFixed(1);
}

/**
 * One progress line. `bar` draws `[#####-----]` (for a terminal); without it, the plain form for logs.
 *
 * @example
 * formatProgress({ done: 250, total: 1000, elapsedMs: 2000 }, "loans", 10); // "[###-------]  25% 250/1000 loans  125 loans/s  ETA 0:06"
 * formatProgress({ done: 250, total: 1000, elapsedMs: 2000 }, "loans"); // "250/1000 loans (25%), 125 loans/s, ETA 0:06"
 */
export function formatProgress(progress: ProgressSnapshot, unit: string, barWidth?: number): string {
  const fraction = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 1;
  const percent = `${Math.floor(fraction * 100)}%`;
  const { perSecond, etaMs } = rateAndEta(progress);
  const rate = `${formatRate(perSecond)} ${unit}/s`;
  const eta = `ETA ${etaMs === undefined ? "-:--" : formatDuration(etaMs)}`;
  const count = `${progress.done}/${progress.total} ${unit}`;
  if (barWidth === undefined) return `${count} (${percent}), ${rate}, ${eta}`;
  const filled = Math.round(fraction * barWidth);
  const bar = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}]`;
  return `${bar} ${percent.padStart(4)} ${count}  ${rate}  ${eta}`;
}

/** Reports progress to a stream. @example const progress = createProgressReporter({ stream: process.stderr, label: "close-day", unit: "loans" }); */
export interface ProgressReporter {
  update(done: number, total: number): void;
  /** Draws the final state (and ends the bar's line on a TTY). */
  finish(done: number, total: number): void;
}

/**
 * A progress reporter: on a TTY a bar redrawn in place at most every `redrawMs`; otherwise a plain
 * line at most every `plainIntervalMs` (so logs stay readable), and always one at the finish.
 *
 * @example
 * const progress = createProgressReporter({ stream: process.stderr, label: "close-day", unit: "loans" });
 * progress.update(250, 1000);
 * progress.finish(1000, 1000);
 */
export function createProgressReporter(options: {
  readonly stream: ProgressStream;
  readonly label: string;
  readonly unit: string;
  readonly now?: () => number;
  readonly plainIntervalMs?: number;
  readonly redrawMs?: number;
}): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const isTTY = options.stream.isTTY === true;
  const interval = isTTY ? (options.redrawMs ?? 100) : (options.plainIntervalMs ?? 2000);
  const started = now();
  let lastShown = Number.NEGATIVE_INFINITY;
  const show = (done: number, total: number, final: boolean) => {
    const at = now();
    if (!final && at - lastShown < interval) return;
    lastShown = at;
    const snapshot = { done, total, elapsedMs: at - started };
    if (isTTY) {
      const end = final ? "\n" : "";
      options.stream.write(`\r${options.label} ${formatProgress(snapshot, options.unit, 30)}\u001b[K${end}`);
    } else {
      options.stream.write(`${options.label}: ${formatProgress(snapshot, options.unit)}\n`);
    }
  };
  return {
    update: (done, total) => show(done, total, false),
    finish: (done, total) => show(done, total, true),
  };
}
