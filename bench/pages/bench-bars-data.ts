// The data both bar-chart pages draw: the 57 CINVU members with a made-up, seeded metric, so bars differ.
export interface BenchMember {
  country: string;
  region: string;
  values?: Record<string, number | null>;
}
export interface BenchData {
  regions: { id: string }[];
  metrics?: { id: string; label: string }[];
  members: BenchMember[];
}

export const BARS_METRIC = 'students';

/** CINVU with `students` values from a fixed-seed generator (the same on every run and on both pages). */
export function withValues<T extends BenchData>(data: T): T {
  let seed = 57;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  return {
    ...data,
    metrics: [...(data.metrics ?? []), { id: BARS_METRIC, label: 'Students' }],
    members: data.members.map((member) => ({ ...member, values: { [BARS_METRIC]: Math.round(5_000 + next() * 600_000) } })),
  };
}
