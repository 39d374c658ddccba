// Imported by the unit test files that hold property tests. They draw new random cases on each local
// run, to keep finding bugs; under CI (CI=true) they replay one fixed seed, so that a rare case cannot
// make one CI run fail and the next pass. FAST_CHECK_SEED=N replays the seed a failure printed.
import fc from 'fast-check';

const seed = process.env.FAST_CHECK_SEED ?? (process.env.CI ? '20261122' : undefined);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: Number(seed) });
