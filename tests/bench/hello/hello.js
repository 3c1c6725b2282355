// The baseline's page glue (in place of shell/okr.js): the canvas for Emscripten's GLFW, and the
// time from navigation to the first frame, read by tests/bench/report.
'use strict';
window.helloFirstFrame = () => { window.firstFrameAtMs = performance.now(); };
window.Module = { canvas: document.getElementById('canvas') };
