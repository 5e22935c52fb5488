export function normalizeSvg(markup: string): string;
