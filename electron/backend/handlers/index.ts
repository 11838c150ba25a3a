/** One handler map per domain, joined into the map dispatch() serves. */
import { capacityHandlers } from './capacityHandlers';
import { compareHandlers } from './compareHandlers';
import { exportHandlers } from './exportHandlers';
import { fairShareHandlers } from './fairShareHandlers';
import { monitorHandlers } from './monitorHandlers';
import { scenarioHandlers } from './scenarioHandlers';
import { uncertaintyHandlers } from './uncertaintyHandlers';
import type { HandlerContext, Handlers } from './types';

export type { Handlers } from './types';

export function createHandlers(ctx: HandlerContext): Handlers {
  return { ...scenarioHandlers(ctx), ...capacityHandlers(ctx), ...fairShareHandlers(ctx), ...compareHandlers(ctx), ...exportHandlers(ctx), ...uncertaintyHandlers(ctx), ...monitorHandlers(ctx) };
}
