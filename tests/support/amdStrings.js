// SPFx loads a web part's `loc/<locale>.js` as an AMD module (`define([], function () { return {...}; })`).
// This tiny `define` shim evaluates the same files in jest, so tests read the real strings, not a copy.
const fs = require('fs');
const path = require('path');

const SRC_WEBPARTS = path.join(__dirname, '..', '..', 'src', 'webparts');

/** Evaluates an AMD strings file and returns what its factory returns. */
function loadAmdStrings(file) {
  let exported;
  const define = (_dependencies, factory) => {
    exported = factory();
  };
  new Function('define', fs.readFileSync(file, 'utf8'))(define);
  if (exported === undefined) throw new Error(`${file} did not call define(...)`);
  return exported;
}

/** The strings of one web part (its folder under src/webparts) in one locale (`nl-nl`, `en-us`). */
function loadWebPartStrings(webPartFolder, locale) {
  return loadAmdStrings(path.join(SRC_WEBPARTS, webPartFolder, 'loc', `${locale}.js`));
}

module.exports = { loadAmdStrings, loadWebPartStrings };
