/**
 * Helpers for differential tests: hand-written code checked against the library it replaces over many
 * generated inputs. Inputs come from a seeded generator, so a failure names a case that fails again on rerun.
 */
import { expect } from '@open-wc/testing';

/** A deterministic generator of numbers in [0, 1) (mulberry32): the same `seed` gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One command of SVG path data: its letter and its numbers (an arc's flags included). */
export interface PathCommand {
  command: string;
  numbers: number[];
}

/** Parses SVG path data into commands ("M1,2L3,4Z" → M [1, 2], L [3, 4], Z []). */
export function parsePath(d: string): PathCommand[] {
  const commands: PathCommand[] = [];
  for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    commands.push({ command: command!, numbers });
  }
  return commands;
}

/**
 * Asserts that two paths have the same commands and that their numbers differ by at most `tolerance` (a path
 * rounded to n decimals may differ by one unit of the last place from another computed in another order).
 */
export function expectSamePath(actual: string, expected: string, tolerance: number, label: string): void {
  const a = parsePath(actual);
  const e = parsePath(expected);
  const context = () => `${label}\n  actual:   ${actual.slice(0, 2000)}\n  expected: ${expected.slice(0, 2000)}`;
  expect(
    a.map(({ command, numbers }) => `${command}${numbers.length}`),
    `commands of ${context()}`,
  ).to.deep.equal(e.map(({ command, numbers }) => `${command}${numbers.length}`));
  a.forEach(({ numbers }, i) => {
    numbers.forEach((value, j) => {
      const difference = Math.abs(value - e[i]!.numbers[j]!);
      if (!(difference <= tolerance)) expect.fail(`command ${i} number ${j}: ${value} ≠ ${e[i]!.numbers[j]} in ${context()}`);
    });
  });
}

/** Asserts that `actual` is within `tolerance` of `expected`, relative to the expected magnitude when larger than 1. */
export function expectClose(actual: number, expected: number, tolerance: number, label: string): void {
  if (actual === expected) return; // also ±Infinity
  const scale = Math.max(1, Math.abs(expected));
  if (!(Math.abs(actual - expected) <= tolerance * scale)) expect.fail(`${label}: ${actual} ≠ ${expected} (tolerance ${tolerance})`);
}
