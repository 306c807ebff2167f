/**
 * CPU time of other processes (the server child, close-day workers, their PostgreSQL backends) read from
 * /proc, so a row can say what a request or a loan cost in CPU: unlike throughput, that holds up when the
 * machine is busy with other work.
 */
import { readFileSync } from "node:fs";
import type pg from "pg";

/** Linux's clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on every mainstream kernel). */
const TICKS_PER_SECOND = 100;

/**
 * User plus system CPU seconds a process has used (fields 14 and 15 of /proc/<pid>/stat), or undefined
 * when it has gone.
 *
 * @example
 * cpuSecondsOf(process.pid); // 1.23
 */
export function cpuSecondsOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) start with field 3, the state.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * Meters the CPU of a changing set of processes: `ready` resolves once the starting values are read;
 * `stop()` resolves to the CPU seconds they used since (a process first seen later counts from zero).
 * A process that exits between two samples loses at most one interval of its time.
 *
 * @example
 * const meter = meterCpu(() => [server.pid]);
 * await meter.ready;
 * // … load …
 * const seconds = await meter.stop();
 */
export function meterCpu(list: () => Promise<ReadonlyArray<number>> | ReadonlyArray<number>, everyMs = 250) {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let starting = true;
  const take = async () => {
    for (const pid of await list()) {
      const seconds = cpuSecondsOf(pid);
      if (seconds === undefined) continue;
      if (!first.has(pid)) first.set(pid, starting ? seconds : 0);
      last.set(pid, seconds);
    }
  };
  const ready = take().then(() => {
    starting = false;
  });
  let pending: Promise<void> = ready;
  const timer = setInterval(() => {
    pending = pending.then(take);
  }, everyMs);
  return {
    ready,
    stop: async (): Promise<number> => {
      clearInterval(timer);
      await pending;
      await take();
      let total = 0;
      for (const [pid, seconds] of last) total += seconds - (first.get(pid) ?? 0);
      return total;
    },
  };
}

/**
 * The PostgreSQL backends serving database `name`, but the asking connection's own.
 *
 * @example
 * const meter = meterCpu(() => backendsOf(client, "lendstack_load_1"));
 */
export async function backendsOf(client: pg.ClientBase, name: string): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>(
    "select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()",
    [name],
  );
  return rows.map((row) => row.pid);
}
