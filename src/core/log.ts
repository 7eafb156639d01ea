/** A tiny logger that prefixes every message with the element's tag name. */
export interface Logger {
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  info(...args: unknown[]): void;
}

export function createLogger(prefix: string): Logger {
  const p = `[${prefix}]`;
  return {
    warn: (...args) => console.warn(p, ...args),
    error: (...args) => console.error(p, ...args),
    info: (...args) => console.info(p, ...args),
  };
}
