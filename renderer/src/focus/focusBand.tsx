/**
 * The chosen gemeente ("Mijn gemeente") in a bar chart per gemeente: a tinted band behind its bars with the words
 * "mijn gemeente" above them, so the bars keep their colours (and the legend its own). Nothing without a choice.
 */
import { ReferenceArea } from 'recharts';

/** `x`: the gemeente's value on the category axis (usually its name); undefined: no band. */
export function focusBand(x: string | undefined) {
  if (!x) return null;
  return <ReferenceArea x1={x} x2={x} fill="#f6e3cc" fillOpacity={1} zIndex={-50} ifOverflow="visible" label={{ value: 'mijn gemeente', position: 'insideTop', fill: '#7a3e00', fontSize: 12 }} />;
}
