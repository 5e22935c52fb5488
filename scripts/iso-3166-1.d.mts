export const ISO_3166_1: string;
export function isoRecords(): [alpha3: string, alpha2: string, numeric: string][];
