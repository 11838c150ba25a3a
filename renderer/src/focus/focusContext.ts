/**
 * "Mijn gemeente": the one gemeente a user follows (or none). One app-level state, kept while switching tabs and
 * scenarios; every view reads it here and shows that gemeente's figures next to the region's.
 */
import { createContext, useContext } from 'react';
import { GEMEENTE_CODES, gemeenteNaam, type GemeenteCode } from '../../../shared/domain';

export interface FocusState {
  code: GemeenteCode | null;
  setCode(code: GemeenteCode | null): void;
}

export const FocusContext = createContext<FocusState>({ code: null, setCode: () => {} });

export interface GemeenteFocus extends FocusState {
  /** The gemeente's name, or null when no gemeente is chosen. */
  naam: string | null;
  /** Its index in the alphabetical order of GEMEENTEN (-1: none). */
  index: number;
}

export function useGemeenteFocus(): GemeenteFocus {
  const { code, setCode } = useContext(FocusContext);
  return { code, setCode, naam: code ? gemeenteNaam(code) : null, index: code ? GEMEENTE_CODES.indexOf(code) : -1 };
}
