/** `npm run bench`: prints the project's speed and size figures. */
import { benchCore } from './core';

console.log('Golden Dome calculator — benchmark (2-core shared machine; figures are noisy)\n');
for (const line of benchCore()) console.log(line);
