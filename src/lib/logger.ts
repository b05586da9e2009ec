/** Unknown errors are logged in full on the server; clients only ever see a generic message. */
export function logError(message: string, error: unknown): void {
  console.error(`[tahqiq] ${message}:`, error);
}
