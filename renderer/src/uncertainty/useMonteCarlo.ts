/**
 * Monte Carlo runs for the app: start, poll progress, cancel. Kept at the top of the app so a running job and
 * the last result per scenario survive switching tabs. A cancelled or failed job never replaces a result.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { McJob, McResult } from '../../../shared/contract';
import { call, errorMessage } from '../api/client';

export function useMonteCarlo() {
  const [job, setJob] = useState<McJob>();
  const [results, setResults] = useState<Record<number, McResult>>({});
  const [error, setError] = useState<string>();
  const followed = useRef<McJob>(undefined);
  useEffect(() => {
    followed.current = job;
  }, [job]);

  useEffect(() => {
    if (!job || job.status !== 'bezig') return;
    const timer = setTimeout(() => {
      call('uncertainty.status', { jobId: job.id }).then(
        (next) => {
          setJob(next);
          if (next.status === 'klaar' && next.result) setResults((r) => ({ ...r, [next.scenarioId]: next.result! }));
          if (next.status === 'fout') setError(next.message);
        },
        (e) => setError(errorMessage(e)),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [job]);

  const start = useCallback(async (scenarioId: number, runs: number, seed: number) => {
    setError(undefined);
    try {
      // The screen follows one job: a job still running for another scenario would run on unseen, so it stops.
      if (followed.current?.status === 'bezig' && followed.current.scenarioId !== scenarioId) {
        await call('uncertainty.cancel', { jobId: followed.current.id }).catch(() => undefined);
      }
      setJob(await call('uncertainty.start', { scenarioId, runs, seed }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  const cancel = useCallback(async () => {
    if (!job) return;
    try {
      setJob(await call('uncertainty.cancel', { jobId: job.id }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [job]);

  return { job, results, error, start, cancel };
}

export type MonteCarlo = ReturnType<typeof useMonteCarlo>;
