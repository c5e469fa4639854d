// The report as JSON (its schema: schemas/v1/report.schema.json).
import type { Report } from './report.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
