/**
 * Loads a contract call's result for a view and reloads when its input (or `version`) changes; a late answer
 * for an input that is no longer current is ignored. `input` null means: nothing to load yet.
 */
import { useEffect, useState } from 'react';
import type { Channel, Input, Output } from '../../../shared/contract';
import { call, errorMessage } from './client';

export function useQuery<C extends Channel>(channel: C, input: Input<C> | null, version: unknown) {
  const [data, setData] = useState<Output<C>>();
  const [error, setError] = useState<string>();
  const key = input === null ? null : JSON.stringify(input);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    call(channel, JSON.parse(key) as Input<C>).then(
      (v) => {
        if (!current) return;
        setData(v);
        setError(undefined);
      },
      (e) => current && setError(errorMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [channel, key, version]);
  return { data, error };
}
