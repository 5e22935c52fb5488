// Reading package-lock.json the way npm installs it: which entry a package gets a dependency from, and every
// entry a set of dependencies needs.

/** The lockfile location a package at `from` gets `name` from: Node's lookup, nearest node_modules first. */
export function locate(lock, from, name) {
  for (let base = from; ;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!base) return undefined;
    const at = base.lastIndexOf('/node_modules/');
    base = at < 0 ? '' : base.slice(0, at);
  }
}

/**
 * Every lockfile entry that installing `names` from the package at `from` needs, by location (optional
 * dependencies included: npm skips other platforms' when it installs). Workspace links are followed to the
 * folder they point at, whose entry is returned under the link's location.
 */
export function dependencyClosure(lock, from, names) {
  const found = new Map();
  const visit = (base, wanted) => {
    for (const name of wanted) {
      const location = locate(lock, base, name);
      if (!location) throw new Error(`${name} (needed by ${base || 'the root package'}) is not in package-lock.json`);
      if (found.has(location)) continue;
      const entry = lock.packages[location];
      const target = entry.link ? entry.resolved : location;
      const resolved = lock.packages[target];
      found.set(location, resolved);
      visit(target, [...Object.keys(resolved.dependencies ?? {}), ...Object.keys(resolved.optionalDependencies ?? {})]);
    }
  };
  visit(from, names);
  return found;
}
