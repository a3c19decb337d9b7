// What else this machine is doing while a bench runs: timings taken on a busy machine come out worse (Lighthouse's
// simulated throttling even multiplies the CPU time it observes), so every bench prints this beside its figures.
import { availableParallelism, loadavg } from 'node:os';

export function machineLoad(): string {
  const [oneMinute] = loadavg();
  const cores = availableParallelism();
  const busy = oneMinute > cores / 4 ? ' (busy: expect slower figures than on an idle machine)' : '';
  return `load average ${oneMinute.toFixed(2)} over the last minute, ${cores} cores${busy}`;
}
