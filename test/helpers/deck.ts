import Reveal, { type RevealConfig } from 'reveal.js';

/**
 * A reveal.js deck of 1280 × 720 slides embedded in `root` (its `.reveal` element), with no transitions and no URL
 * hash, initialized; `options` add to or change these.
 */
export async function embeddedDeck(root: HTMLElement, options: RevealConfig = {}): Promise<InstanceType<typeof Reveal>> {
  const deck = new Reveal(root, {
    embedded: true,
    width: 1280,
    height: 720,
    transition: 'none',
    backgroundTransition: 'none',
    hash: false,
    ...options,
  });
  await deck.initialize();
  return deck;
}
