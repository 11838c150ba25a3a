/**
 * The apportionment methods by name: domain vocabulary that the contract validates and models/apportion implements
 * (kept here so shared/ needs no runtime import from models/).
 */
export const METHODS = ['largest-remainder', 'sainte-lague', 'dhondt'] as const;
export type Method = (typeof METHODS)[number];
