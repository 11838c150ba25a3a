/**
 * The one contract between UI and backend: channel name → input schema (validated at runtime) → output type.
 * Both transports (Electron IPC and browser-mode HTTP) carry exactly these calls.
 */
import { z } from 'zod';
import type { AssumptionMap, AssumptionValue } from './assumptions';
import type { DemandProjection } from '../models/demand/projectDemand';

// Strict CSP in the renderer forbids `new Function`; Dutch messages for generic validation failures.
z.config({ jitless: true });
z.config(z.locales.nl());

const scenarioId = z.number({ message: 'Scenario-id moet een getal zijn.' }).int().positive();
const scenarioName = z
  .string({ message: 'Geef de scenarionaam als tekst.' })
  .trim()
  .min(1, 'Geef het scenario een naam.')
  .max(80, 'Een scenarionaam is hoogstens 80 tekens.');

export const SCENARIO_STATUSES = ['concept', 'vastgesteld'] as const;
export type ScenarioStatus = (typeof SCENARIO_STATUSES)[number];

export interface ScenarioSummary {
  id: number;
  name: string;
  status: ScenarioStatus;
  createdAt: string;
  updatedAt: string;
}

export interface AppInfo {
  appVersion: string;
  modelVersion: string;
  dataFile: string;
  mode: 'electron' | 'browser' | 'test';
}

export const contract = {
  'app.info': { input: z.object({}).strict(), output: {} as AppInfo },
  'scenario.list': { input: z.object({}).strict(), output: [] as ScenarioSummary[] },
  'scenario.create': { input: z.object({ name: scenarioName }).strict(), output: {} as ScenarioSummary },
  'scenario.duplicate': {
    input: z.object({ id: scenarioId, name: scenarioName }).strict(),
    output: {} as ScenarioSummary,
  },
  'scenario.rename': { input: z.object({ id: scenarioId, name: scenarioName }).strict(), output: {} as ScenarioSummary },
  'scenario.delete': { input: z.object({ id: scenarioId }).strict(), output: {} as { deleted: true } },
  'assumptions.get': { input: z.object({ scenarioId }).strict(), output: {} as AssumptionMap },
  'assumptions.setValue': {
    input: z
      .object({
        scenarioId,
        key: z.string().min(1).max(200),
        value: z.number({ message: 'Vul een getal in.' }).refine(Number.isFinite, 'Vul een eindig getal in.'),
      })
      .strict(),
    output: {} as AssumptionValue,
  },
  'assumptions.setSource': {
    input: z
      .object({
        scenarioId,
        key: z.string().min(1).max(200),
        source: z.string().trim().min(1, 'Geef een bron of toelichting.').max(500, 'Een bron is hoogstens 500 tekens.'),
        isAanname: z.boolean(),
      })
      .strict(),
    output: {} as AssumptionValue,
  },
  'projection.demand': { input: z.object({ scenarioId }).strict(), output: {} as DemandProjection },
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

/** The call signature both transports implement for the renderer. */
export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;
