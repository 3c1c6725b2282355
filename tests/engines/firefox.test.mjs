// The cross-engine suite (suite.mjs) on firefox.
import { crossEngineSuite } from './suite.mjs';

crossEngineSuite('firefox');
