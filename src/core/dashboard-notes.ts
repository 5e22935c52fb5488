/**
 * Which notes each part of a dashboard leaves out, so that the page says each note once. Pure; no DOM. In the
 * dashboard's chunk: only a drawn dashboard needs it.
 */

/** What a dashboard's part calls for, and the note it need not say because another part says it otherwise. */
export interface PartNotes {
  readonly notes: readonly string[];
  readonly dropped?: string;
}

/**
 * For each part, in the order given, what it leaves out: every note a part before it calls for (so a note stays with
 * the first part that says it), and its dropped note.
 */
export function placeNotes(parts: readonly PartNotes[]): string[][] {
  const said = new Set<string>();
  return parts.map(({ notes, dropped }) => {
    const hidden = dropped === undefined || said.has(dropped) ? [...said] : [...said, dropped];
    for (const note of notes) said.add(note);
    return hidden;
  });
}
