import type { AppInfo, Channel, Output, ParsedInput } from '../../../shared/contract';
import type { FormulaCache } from '../../../models/assumptions/resolve';
import type { ScenarioStore } from '../scenarioStore';
import type { McJobs } from '../uncertainty/jobs';

export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Output<C> };
/** The handlers of the channels whose names start with one of the prefixes. */
export type HandlersFor<Prefix extends string> = { [C in Extract<Channel, `${Prefix}${string}`>]: Handlers[C] };

export interface HandlerContext {
  store: ScenarioStore;
  info: AppInfo;
  cache: FormulaCache;
  now: () => Date;
  /** A consistent copy of the whole database file, for "Bewaar kopie als…". */
  copyDatabase(): Buffer;
  /** The full integrity_check of the open database. */
  checkDatabase(): { ok: boolean; problems: string[] };
  /** Monte Carlo jobs in worker threads. */
  jobs: McJobs;
}
