// The page's glue around the WebAssembly app (window.okrShell): settings storage, first-frame
// signal, load errors, and the browser shortcuts the app handles itself. The app calls only the
// functions of window.okrShell; this file calls only the app's exported C functions.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const started = performance.now();

  function showError(text) {
    loading.textContent = text;
    loading.classList.add('error');
    loading.classList.remove('hidden');
  }

  const shell = {
    startedAt: started,
    firstFrameMs: null,
    loadSetting(key) {
      try {
        return window.localStorage.getItem(key);
      } catch (e) {
        return null;
      }
    },
    saveSetting(key, value) {
      try {
        window.localStorage.setItem(key, value);
      } catch (e) {
        console.warn('could not save setting ' + key + ': ' + e);
      }
    },
    firstFrameDrawn() {
      shell.firstFrameMs = performance.now() - started;
      loading.classList.add('hidden');
      canvas.focus();
    },
    // For tests and tools: the app's exported calls, parsed.
    state() {
      return JSON.parse(Module.UTF8ToString(Module._okr_state_json()));
    },
    itemRect(label) {
      return JSON.parse(Module.ccall('okr_item_rect', 'string', ['string'], [label]));
    },
    frameStats() {
      return JSON.parse(Module.UTF8ToString(Module._okr_frame_stats()));
    },
  };
  window.okrShell = shell;

  if (!window.WebAssembly) {
    showError('This browser cannot run WebAssembly, which the OKR planner needs.');
  }

  // Browser shortcuts the planner handles itself; printable keys are never blocked.
  const handled = new Set(['=', '+', '-', '0', 's', 'o', 'z', 'y']);
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && handled.has(e.key.toLowerCase())) {
      e.preventDefault();
    }
  });

  window.Module = {
    canvas,
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => showError('The planner stopped unexpectedly: ' + what),
  };
})();
