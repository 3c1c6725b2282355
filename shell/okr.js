// The page's glue around the WebAssembly app (window.okrShell): settings and drafts in
// localStorage, files (download, picker, drag-and-drop), clipboard, page title, the unsaved-work
// warning, input timestamps for idle detection, and the browser shortcuts the app handles itself.
// The app calls only the functions of window.okrShell (from web/platform.cpp); this file calls
// only the app's exported C functions.
'use strict';

(function () {
  const canvas = document.getElementById('canvas');
  const loading = document.getElementById('loading');
  const started = performance.now();

  // The first error is the cause: what follows from it (an abort after a missing WebGL 2) does
  // not replace it.
  function showError(text) {
    if (loading.classList.contains('error')) return;
    loading.textContent = text;
    loading.classList.add('error');
    loading.classList.remove('hidden');
  }

  const maxFileBytes = 10 * 1024 * 1024;
  const draftKey = (id) => 'okr.draft.' + id;
  // Who stored a draft last: "<tab>:<count>", written beside it. A tab stores a draft only while
  // the stamp is the one it last read or wrote, so two tabs never overwrite each other's edits.
  const stampKey = (id) => 'okr.stamp.' + id;
  const writer = Math.random().toString(36).slice(2) + Date.now().toString(36);
  let stores = 0;
  const seenStamp = new Map();
  const indexKey = 'okr.drafts';
  let unsaved = false;

  // The drafts index, read as untrusted input (another app on this origin may have written it):
  // entries without a text id are dropped, a title or date that is not text reads as none.
  function readIndex() {
    try {
      const list = JSON.parse(window.localStorage.getItem(indexKey) || '[]');
      if (!Array.isArray(list)) return [];
      const text = (v) => (typeof v === 'string' ? v : '');
      return list.filter((d) => d && typeof d.id === 'string')
        .map((d) => ({ ...d, title: text(d.title), updated: text(d.updated) }));
    } catch (e) {
      return [];
    }
  }

  // Calls an exported C function with its arguments copied to the heap: ccall's 'string' puts
  // them on the 5 MB WebAssembly stack, which a plan file of a few MB overflows. A string goes as
  // a C string; a Uint8Array as two arguments, its bytes and their count.
  function callExported(fn, ...args) {
    const ptrs = [];
    const cArgs = args.flatMap((a) => {
      if (a instanceof Uint8Array) {
        const ptr = Module._malloc(Math.max(1, a.length));
        ptrs.push(ptr);
        Module.HEAPU8.set(a, ptr);
        return [ptr, a.length];
      }
      const size = Module.lengthBytesUTF8(a) + 1;
      const ptr = Module._malloc(size);
      ptrs.push(ptr);
      Module.stringToUTF8(a, ptr, size);
      return [ptr];
    });
    try {
      Module['_' + fn](...cArgs);
    } finally {
      ptrs.forEach((p) => Module._free(p));
    }
  }

  // A file reaches the core as its bytes, not as text the browser decoded (which would drop a
  // byte-order mark, turn bad UTF-8 into U+FFFD and cut at a NUL): the browser and `okr` then
  // answer alike for the same file.
  function deliverFile(file) {
    const send = (bytes, error) => {
      shell.lastInputAt = performance.now();
      callExported('okr_open_file', file.name, bytes, error);
    };
    const none = new Uint8Array(0);
    if (file.size > maxFileBytes) {
      send(none, `the file is ${(file.size / 1048576).toFixed(1)} MB; plan files are at most 10 MB`);
      return;
    }
    file.arrayBuffer().then((buffer) => send(new Uint8Array(buffer), ''),
      (e) => send(none, 'the browser could not read it: ' + e));
  }

  // Typing: while an ImGui field is edited the hidden textarea has the focus; committed text is
  // sent to the app, and the browser's keypress is kept from GLFW so no character arrives twice.
  // Hands a file to the browser's downloads, as a click on a link would.
  function saveBlob(name, blob) {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  const ime = document.getElementById('ime');
  let composing = false;
  const sendText = (text) => {
    if (text) Module.ccall('okr_text_input', null, ['string'], [text]);
  };
  ime.addEventListener('compositionstart', () => { composing = true; });
  ime.addEventListener('compositionend', (e) => {
    composing = false;
    sendText(e.data);
    ime.value = '';
  });
  ime.addEventListener('input', (e) => {
    if (composing || e.isComposing) return;
    // A paste reaches the app through the clipboard copy (the paste listener below); Enter
    // reaches it as the key itself (a line break sent as text too made two in a multi-line field).
    if (e.inputType !== 'insertFromPaste' && e.inputType !== 'insertLineBreak' &&
      e.inputType !== 'insertParagraph') sendText(ime.value);
    ime.value = '';
  });
  // Registered before the app's GLFW listeners, so it runs first.
  window.addEventListener('keypress', (e) => {
    if (document.activeElement === ime) e.stopImmediatePropagation();
  }, true);

  const shell = {
    startupFailed(text) {
      showError(text);
    },
    startedAt: started,
    firstFrameMs: null,
    lastInputAt: started,
    storeDraft(id, title, text) {
      try {
        const current = window.localStorage.getItem(stampKey(id));
        if (seenStamp.has(id) && current !== seenStamp.get(id)) return 'changed in another tab';
        window.localStorage.setItem(draftKey(id), text);
        const stamp = writer + ':' + (++stores);
        window.localStorage.setItem(stampKey(id), stamp);
        seenStamp.set(id, stamp);
        const list = readIndex().filter((d) => d.id !== id);
        list.unshift({ id, title, updated: new Date().toISOString() });
        window.localStorage.setItem(indexKey, JSON.stringify(list));
        return '';
      } catch (e) {
        return 'the browser refused to store the draft (' + (e && e.name ? e.name : e) + ')';
      }
    },
    loadDraft(id) {
      try {
        seenStamp.set(id, window.localStorage.getItem(stampKey(id)));
        return window.localStorage.getItem(draftKey(id));
      } catch (e) {
        return null;
      }
    },
    listDrafts() {
      return JSON.stringify(readIndex());
    },
    removeDraft(id) {
      try {
        window.localStorage.removeItem(draftKey(id));
        window.localStorage.removeItem(stampKey(id));
        window.localStorage.setItem(indexKey, JSON.stringify(readIndex().filter((d) => d.id !== id)));
      } catch (e) {
        console.warn('could not remove draft ' + id + ': ' + e);
      }
    },
    // `bytes` is a Uint8Array: the file exactly as the app wrote it.
    download(name, mime, bytes) {
      saveBlob(name, new Blob([bytes], { type: mime }));
    },
    // A rectangle of the WebGL canvas ("x,y,w,h" in device pixels) as a PNG file. Copied at once,
    // in the frame that drew it: the drawing buffer is cleared once the frame is shown.
    downloadCanvasPng(name, rect) {
      const [x, y, w, h] = rect.split(',').map((v) => Math.max(0, Math.round(Number(v))));
      if (!w || !h) return;
      const copy = document.createElement('canvas');
      copy.width = w;
      copy.height = h;
      copy.getContext('2d').drawImage(canvas, x, y, w, h, 0, 0, w, h);
      copy.toBlob((blob) => { if (blob) saveBlob(name, blob); }, 'image/png');
    },
    fetchTemplate(name) {
      const url = 'templates/' + encodeURIComponent(name) + '.json';
      fetch(url)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error('HTTP ' + r.status))))
        .then((text) => callExported('okr_template_loaded', name, text, ''),
          (e) => callExported('okr_template_loaded', name, '',
            'the example could not be fetched (' + e.message + ')'));
    },
    // Fonts asked for and not yet delivered (tests wait for none, so the atlas is settled).
    fontsPending: 0,
    fetchFont(name) {
      shell.fontsPending += 1;
      const deliver = (bytes, error) => {
        shell.fontsPending -= 1;
        callExported('okr_font_loaded', name, bytes, error);
      };
      fetch('fonts/' + encodeURIComponent(name) + '.otf')
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error('HTTP ' + r.status))))
        .then((b) => deliver(new Uint8Array(b), ''), (e) => deliver(new Uint8Array(0), e.message));
    },
    // The learned reader's weights, fetched after the first frame like the fonts (the checks run
    // on the rules alone until they arrive).
    readerPending: 0,
    fetchReaderModel() {
      shell.readerPending += 1;
      const deliver = (bytes, error) => {
        try {
          callExported('okr_reader_model_loaded', bytes, error);
        } finally {
          shell.readerPending -= 1;
        }
      };
      fetch('model/reader.bin')
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error('HTTP ' + r.status))))
        .then((b) => deliver(new Uint8Array(b), ''), (e) => deliver(new Uint8Array(0), e.message));
    },
    // File → Print: the one-pager the core wrote, in a hidden frame, through the browser's print
    // dialog (paper size and "Save as PDF" are the dialog's). The frame stays until the next one.
    print(html) {
      const old = document.getElementById('okr-print');
      if (old) old.remove();
      const frame = document.createElement('iframe');
      frame.id = 'okr-print';
      frame.setAttribute('aria-hidden', 'true');
      frame.className = 'print-frame';
      frame.addEventListener('load', () => {
        try {
          frame.contentWindow.focus();
          frame.contentWindow.print();
        } catch (e) {
          console.warn('print:', e);
        }
      }, { once: true });
      frame.srcdoc = html;
      document.body.appendChild(frame);
    },
    openFilePicker() {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json,.csv,.tsv,.txt,.md,text/csv,text/plain';
      input.addEventListener('change', () => {
        if (input.files && input.files[0]) deliverFile(input.files[0]);
      });
      input.click();
    },
    setClipboard(text) {
      shell.clipboard = text;
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(() => {});
      }
    },
    today() {
      const d = new Date();
      const pad = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    },
    uniqueToken() {
      const bytes = new Uint8Array(6);
      crypto.getRandomValues(bytes);
      return Date.now().toString(36) + Array.from(bytes, (b) => b.toString(36)).join('');
    },
    setTextInput(active, x, y, lineHeight) {
      if (active) {
        ime.style.left = `${x}px`;
        ime.style.top = `${y}px`;
        ime.style.height = `${lineHeight}px`;
        if (document.activeElement !== ime) ime.focus({ preventScroll: true });
      } else if (document.activeElement === ime) {
        canvas.focus({ preventScroll: true });
      }
    },
    // Projector mode's full screen; a refusal (no user gesture, headless) is not an error.
    fullscreen(on) {
      const el = document.documentElement;
      if (on === '1' && !document.fullscreenElement && el.requestFullscreen) {
        el.requestFullscreen().catch(() => {});
      } else if (on !== '1' && document.fullscreenElement && document.exitFullscreen) {
        document.exitFullscreen().catch(() => {});
      }
    },
    // Share links: the plan's JSON, deflated by the browser, base64url in the fragment (which
    // never reaches a server). The app decodes links itself (core/share/link.h), never this file.
    fragment() {
      return window.location.hash;
    },
    clearFragment() {
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    },
    shareLink(text, maxChars) {
      const report = (link, clipboard, error) => {
        shell.lastInputAt = performance.now();
        Module.ccall('okr_share_link', null, ['string', 'string', 'string'], [link, clipboard, error]);
      };
      if (typeof CompressionStream !== 'function') {
        report('', '', 'this browser cannot compress (no CompressionStream); save the file instead');
        return;
      }
      const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
      new Response(stream).arrayBuffer().then((buffer) => {
        const bytes = new Uint8Array(buffer);
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        }
        const code = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
        const link = window.location.origin + window.location.pathname + '#plan=' + code;
        if (link.length > Number(maxChars)) {
          report(link, '', '');
        } else if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(link).then(() => report(link, 'copied', ''),
            (e) => report(link, 'the browser did not allow the clipboard (' + (e && e.name ? e.name : e) + ')', ''));
        } else {
          report(link, 'this browser has no clipboard access', '');
        }
      }, (e) => report('', '', 'the browser could not compress the plan: ' + e));
    },
    setTitle(title) {
      document.title = title;
    },
    setUnsaved(flag) {
      unsaved = flag === '1';
    },
    // The screen-reader outline (mirror.js), fetched the first time it is turned on.
    setMirror(flag) {
      const on = flag === '1';
      shell.saveSetting('okr.mirror', on ? '1' : '0');
      if (window.okrMirror) {
        if (on) window.okrMirror.start(); else window.okrMirror.stop();
      } else if (on) {
        const script = document.createElement('script');
        script.src = 'mirror.js';
        script.onload = () => { if (shell.loadSetting('okr.mirror') === '1') window.okrMirror.start(); };
        document.body.appendChild(script);
      }
    },
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
      if (shell.loadSetting('okr.mirror') === '1') shell.setMirror('1');
      shell.fetchDeferred();
    },
    // The code only a user's action reaches (exports, printing, imports, comparing, merging…)
    // is app.deferred.wasm (web/split_wasm.py), fetched and compiled after the first frame and
    // instantiated against the running module, which puts its functions in the shared table. A
    // call that comes before that loads it at once (loadDeferredNow): from the compiled module
    // if it is there, else by a synchronous request. deferredLoaded says it is in;
    // deferredLoadedAtOnce counts the loads at once (the tests expect none at start).
    deferredLoaded: false,
    deferredLoadedAtOnce: 0,
    deferredModule: null,
    deferredFetch: null,
    fetchDeferred() {
      if (shell.deferredLoaded || shell.deferredFetch) return;
      shell.deferredFetch = fetch('app.deferred.wasm')
        .then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error('HTTP ' + r.status))))
        .then((bytes) => WebAssembly.compile(bytes))
        .then((module) => {
          shell.deferredModule = module;
          if (shell.deferredLoaded) return undefined;
          return WebAssembly.instantiate(module, { primary: Module.asm }).then(() => {
            shell.deferredLoaded = true;
          });
        })
        .catch((e) => console.warn('app.deferred.wasm: ' + e.message + ' (loaded when needed)'));
    },
    loadDeferredNow(url, imports) {
      if (shell.deferredLoaded) return [];
      let module = shell.deferredModule;
      if (!module) {
        // A synchronous request cannot ask for bytes: they come back one per character.
        const xhr = new XMLHttpRequest();
        xhr.open('GET', url, false);
        xhr.overrideMimeType('text/plain; charset=x-user-defined');
        xhr.send(null);
        if (xhr.status !== 200) throw new Error(url + ': HTTP ' + xhr.status);
        const text = xhr.responseText;
        const bytes = new Uint8Array(text.length);
        for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i) & 0xff;
        module = new WebAssembly.Module(bytes);
      }
      const instance = new WebAssembly.Instance(module, imports);
      shell.deferredLoaded = true;
      shell.deferredLoadedAtOnce += 1;
      return [instance, module];
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

  const touch = () => { shell.lastInputAt = performance.now(); };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'keydown', 'keyup', 'wheel',
    'resize', 'focus', 'blur', 'paste', 'drop']) {
    window.addEventListener(type, touch, { capture: true, passive: true });
  }

  document.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (text) callExported('okr_paste', text);
  });

  // A share link pasted into the address bar of an open planner changes only the fragment: open it.
  window.addEventListener('hashchange', () => {
    if (window.location.hash.startsWith('#plan=')) window.location.reload();
  });

  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) deliverFile(file);
  });

  // A tab closed within the autosave delay of an edit: store the draft on the way out.
  const pageHide = () => {
    if (shell.firstFrameMs !== null) Module.ccall('okr_page_hide', null, [], []);
  };
  window.addEventListener('pagehide', pageHide);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') pageHide();
  });

  // Presence: each tab tells the others which draft it has open; a tab that hears of its own
  // draft answers, so both the newer and the older tab learn the draft is open twice.
  const tabId = shell.uniqueToken();
  let openDraft = '';
  const presence = 'BroadcastChannel' in window ? new BroadcastChannel('okr.presence') : null;
  const elsewhere = (draft) => Module.ccall('okr_draft_open_elsewhere', null, ['string'], [draft]);
  shell.announceOpenDraft = (id) => {
    openDraft = id;
    if (presence && id) presence.postMessage({ type: 'open', tab: tabId, draft: id });
  };
  if (presence) {
    presence.onmessage = (e) => {
      const m = e.data || {};
      if (m.tab === tabId || !openDraft || m.draft !== openDraft) return;
      if (m.type === 'open') presence.postMessage({ type: 'here', tab: tabId, draft: openDraft });
      if (m.type === 'open' || m.type === 'here') elsewhere(openDraft);
    };
  }

  window.addEventListener('beforeunload', (e) => {
    if (unsaved) {
      e.preventDefault();
      e.returnValue = '';
    }
  });

  // What the planner cannot start without is said on the page rather than only on the console:
  // WebAssembly here, WebGL 2 by the app when it cannot make its context (shell.startupFailed).
  if (!window.WebAssembly) {
    showError('This browser cannot run WebAssembly, which the OKR planner needs. It runs in '
      + 'current Firefox, Chrome, Edge and Safari.');
  }

  // Browser shortcuts the planner handles itself; printable keys are never blocked.
  const handled = new Set(['=', '+', '-', '0', 's', 'o', 'z', 'y', 'p']);
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && handled.has(e.key.toLowerCase())) {
      e.preventDefault();
    }
    // F5 starts projector mode (as in presentation software); Ctrl+R still reloads.
    if (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey) e.preventDefault();
  });

  // Touch: the gestures are read here and handed to the app (okr_touch, platform::Touch); the
  // browser's own touch handling (page zoom, scrolling, mouse events made up from taps) and
  // Emscripten GLFW's touch listeners, which press at the last mouse position, never see them.
  // Registered before the app's listeners, on the canvas, so these run first.
  const touchKind = { tap: 0, scroll: 1, pinch: 2, longPress: 3, end: 4 };
  const tapSlop = 10;        // CSS px a tap may wander
  const longPressMs = 550;
  let gesture = null;
  const sendTouch = (kind, x, y, dx = 0, dy = 0, scale = 1) => {
    shell.lastInputAt = performance.now();
    if (shell.firstFrameMs !== null) Module._okr_touch(kind, x, y, dx, dy, scale);
  };
  const canvasPoint = (t) => {
    const r = canvas.getBoundingClientRect();
    return { x: t.clientX - r.left, y: t.clientY - r.top };
  };
  const centreOf = (touches) => {
    const a = canvasPoint(touches[0]);
    const b = canvasPoint(touches[1]);
    return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, d: Math.hypot(a.x - b.x, a.y - b.y) };
  };
  const ownTouch = (e) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  canvas.addEventListener('touchstart', (e) => {
    ownTouch(e);
    if (e.touches.length === 1) {
      const p = canvasPoint(e.touches[0]);
      gesture = { start: p, last: p, moved: false, held: false, pinch: null };
      gesture.timer = setTimeout(() => {
        if (!gesture || gesture.moved || gesture.pinch) return;
        gesture.held = true;
        sendTouch(touchKind.longPress, gesture.start.x, gesture.start.y);
      }, longPressMs);
    } else if (gesture && e.touches.length === 2) {
      clearTimeout(gesture.timer);
      gesture.moved = true;
      gesture.pinch = centreOf(e.touches);
    }
  }, { capture: true, passive: false });
  canvas.addEventListener('touchmove', (e) => {
    ownTouch(e);
    if (!gesture || gesture.held) return;
    if (e.touches.length >= 2 && gesture.pinch) {
      const now = centreOf(e.touches);
      if (gesture.pinch.d > 0 && now.d > 0) {
        sendTouch(touchKind.pinch, now.x, now.y, 0, 0, now.d / gesture.pinch.d);
      }
      sendTouch(touchKind.scroll, now.x, now.y, now.x - gesture.pinch.x, now.y - gesture.pinch.y);
      gesture.pinch = now;
      return;
    }
    const p = canvasPoint(e.touches[0]);
    if (!gesture.moved && Math.hypot(p.x - gesture.start.x, p.y - gesture.start.y) > tapSlop) {
      gesture.moved = true;
      clearTimeout(gesture.timer);
      gesture.last = gesture.start;
    }
    if (gesture.moved) {
      sendTouch(touchKind.scroll, p.x, p.y, p.x - gesture.last.x, p.y - gesture.last.y);
      gesture.last = p;
    }
  }, { capture: true, passive: false });
  const touchEnd = (e) => {
    ownTouch(e);
    if (!gesture || e.touches.length > 0) return;
    clearTimeout(gesture.timer);
    const g = gesture;
    gesture = null;
    if (e.type === 'touchend' && !g.moved && !g.held) {
      // The keyboard of a phone or tablet opens only for a focus made inside the tap's event.
      if (shell.firstFrameMs !== null && Module._okr_text_field_at(g.start.x, g.start.y)) {
        ime.focus({ preventScroll: true });
      }
      sendTouch(touchKind.tap, g.start.x, g.start.y);
    }
    sendTouch(touchKind.end, g.start.x, g.start.y);
  };
  canvas.addEventListener('touchend', touchEnd, { capture: true, passive: false });
  canvas.addEventListener('touchcancel', touchEnd, { capture: true, passive: false });
  canvas.addEventListener('contextmenu', (e) => e.preventDefault());

  // Offline: the service worker (sw.js, next to this file) caches the app's own files. Browsers
  // allow one only in a secure context (https, or http on localhost / 127.0.0.1).
  if ('serviceWorker' in navigator && window.isSecureContext) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('sw.js').catch((e) => {
        console.warn('offline support is off: ' + e);
      });
    });
  }

  window.Module = {
    canvas,
    loadSplitModule: (url, imports) => shell.loadDeferredNow(url, imports),
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
    onAbort: (what) => showError('The planner could not start or stopped unexpectedly ('
      + what + '). Reload the page; if it happens again, the browser may be short of memory: '
      + 'close other tabs. Your drafts stay stored in this browser.'),
  };
})();
