/** Saving the shown pages as PDF: the desktop app's save dialog, or in browser mode the print dialog ("Opslaan als PDF"). */
import { errorMessage } from '../api/client';
import type { Message } from './Feedback';

export const SAVE_PDF_LABEL = () => (window.api?.savePdf ? 'Opslaan als PDF…' : 'Afdrukken / opslaan als PDF…');

/** `what`: "Rapport", "Monitorrapport". Returns the message to show, or null when there is nothing to say. */
export async function savePdf(fileName: string, what: string): Promise<Message | null> {
  if (!window.api?.savePdf) {
    window.print();
    return null;
  }
  try {
    const r = await window.api.savePdf(fileName);
    return r.saved ? { kind: 'ok', text: `${what} opgeslagen als ${r.file}.` } : null;
  } catch (e) {
    return { kind: 'error', text: errorMessage(e) };
  }
}
