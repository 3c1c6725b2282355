// The cross-engine suite (suite.mjs) on webkit.
import { crossEngineSuite } from './suite.mjs';

crossEngineSuite('webkit');
