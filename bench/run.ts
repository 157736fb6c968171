/** `npm run bench`: prints the project's speed and size figures. */
import { benchBrowser } from './browser';
import { benchCore } from './core';
import { benchUncertainty } from './uncertainty';

console.log('Golden Dome calculator — benchmark (2-core shared machine; figures are noisy)\n');
for (const line of benchCore()) console.log(line);
for (const line of benchUncertainty()) console.log(line);
for (const line of await benchBrowser()) console.log(line);
