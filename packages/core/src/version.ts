// The engine's version, written into every report.
export const VERSION = '0.1.0';
