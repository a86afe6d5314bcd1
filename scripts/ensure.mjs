// `node scripts/ensure.mjs`: install dependencies if they are missing or out of date.
import { ensureDependencies } from './lib.mjs';

ensureDependencies();
