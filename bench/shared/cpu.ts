// CPU timing and the figures the speed benches print from it (bench/extract/speed-ab.ts,
// bench/extract/html-speed.ts). CPU, not wall: the machines these run on are shared and noisy.

/** The CPU (user and system, ms) the process spent while `run` ran. */
export function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The value at fraction `q` of the sorted values (no interpolation), 0 for none. */
export const quantile = (xs: number[], q: number): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? 0;

/** The middle value (the upper of the two middle ones), 0 for none. */
export const median = (xs: number[]): number => quantile(xs, 0.5);

export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
