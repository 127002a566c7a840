export interface BundleBudget {
  id: string;
  label: string;
  kind: 'content-scripts' | 'page' | 'script';
  file?: string;
  budget: number;
}
export interface MeasuredBudget extends BundleBudget {
  files: string[];
  present: boolean;
  gzip: number;
  pass: boolean;
}
export const BUNDLE_BUDGETS: BundleBudget[];
export function gzipSize(file: string): number;
export function everyBundle(dir: string): Array<{ file: string; raw: number; gzip: number }>;
export function pageFiles(dir: string, htmlFile: string): string[];
export function contentScriptFiles(dir: string): string[];
export function measureBudgets(dir: string): MeasuredBudget[];
