// Test-only, loaded before okr.js in the copy of dist/ the cross-engine tests serve: what a test
// asserts on, recorded the same way in every engine (WebKit's WebDriver has no console log):
// console errors and uncaught errors, the files the page hands to the browser's downloads, and the
// file input the page opens (kept instead of opening the system dialog, which no driver can answer
// in every engine; `choose` gives it a file as the dialog would).
(() => {
  const watch = { errors: [], downloads: [], picker: null, pickersOpened: 0, pickerActivation: null };
  window.okrWatch = watch;

  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    watch.errors.push(args.map(String).join(' '));
    consoleError(...args);
  };
  window.addEventListener('error', (e) => watch.errors.push('uncaught: ' + (e.message || e)));
  window.addEventListener('unhandledrejection', (e) =>
    watch.errors.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : e.reason)));

  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    const url = createObjectURL(blob);
    blobs.set(url, blob);
    return url;
  };
  const anchorClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function click() {
    const blob = blobs.get(this.href);
    if (!this.download || !blob) return anchorClick.call(this);
    const entry = { name: this.download, type: blob.type, size: blob.size, text: null };
    watch.downloads.push(entry);
    blob.text().then((text) => { entry.text = text; });
    return undefined;
  };

  const inputClick = HTMLInputElement.prototype.click;
  HTMLInputElement.prototype.click = function click() {
    if (this.type !== 'file') return inputClick.call(this);
    watch.picker = this;
    watch.pickersOpened++;
    // A browser opens the dialog only while the page holds a user activation (a recent click).
    watch.pickerActivation = navigator.userActivation ? navigator.userActivation.isActive : 'unknown';
    return undefined;
  };
  watch.choose = (name, text) => {
    const input = watch.picker;
    if (!input) return false;
    const files = new DataTransfer();
    files.items.add(new File([text], name, { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    watch.picker = null;
    return true;
  };

  // Every resource this page asked for, to check that none left its origin.
  watch.foreign = () => performance.getEntriesByType('resource').map((e) => e.name)
    .filter((u) => !u.startsWith(location.origin + '/') && !/^(data|blob):/.test(u));
})();
