/** Downloads a test watches: the names of the files offered, none saved. */

/** The names of the files `act` offers for download (none saved: the links' clicks are prevented). */
export async function downloadedNames(act: () => Promise<unknown>, doc: Document = document): Promise<string[]> {
  const names: string[] = [];
  const listener = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (!link.download) return;
    names.push(link.download);
    event.preventDefault();
  };
  doc.addEventListener('click', listener, true);
  try {
    await act();
  } finally {
    doc.removeEventListener('click', listener, true);
  }
  return names;
}
