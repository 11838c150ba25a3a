/**
 * The Content-Security-Policy for the UI, the same in Electron and browser mode.
 * 'unsafe-inline' for styles only: AG Grid themes and chart SVG attributes set inline styles.
 * No worker-src, so no blob: workers: the UI starts no workers of its own, and .xlsx files are unpacked without one
 * (renderer/src/common/readXlsx.ts), since fflate's blob: worker would be blocked here and never answer.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
