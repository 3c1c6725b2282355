// The cross-engine suite (suite.mjs) on chromium.
import { crossEngineSuite } from './suite.mjs';

crossEngineSuite('chromium');
