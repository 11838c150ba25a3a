/** One colour per BW variant everywhere (Okabe–Ito, colour-blind safe). */
import type { VariantId } from '../../../shared/domain';

export const VARIANT_COLORS: Record<VariantId, string> = {
  allInclusive: '#0072B2',
  modulairGeclusterd: '#E69F00',
  modulairNabijheid: '#009E73',
  modulairWijk: '#CC79A7',
};
