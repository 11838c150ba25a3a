/** A message next to where something happened: green when it worked, red (an alert for screen readers) when not. */
export interface Message {
  kind: 'ok' | 'error';
  text: string;
}

export function Feedback({ message, testId }: { message: Message | null | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <p className={message.kind === 'ok' ? 'feedback ok' : 'feedback error'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {message.text}
    </p>
  );
}

/** An error message only (nothing when there is none). */
export function ErrorText({ text }: { text: string | null | undefined }) {
  return text ? <Feedback message={{ kind: 'error', text }} /> : null;
}
