'use strict';

// The standard SharePoint Framework gulp build rig (SPFx 1.23.2). `npm run build` bundles for
// debugging; `npm run package` bundles with --ship and writes sharepoint/solution/*.sppkg.
const fs = require('fs');
const path = require('path');
const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

// SPFx 1.23 has no local workbench; `gulp serve` only serves the bundles to the hosted
// workbench. Locally, `npm start` renders the web parts against the embedded emulator instead.
const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

// `package-solution` packs every file in release/assets. A debug `gulp bundle` leaves unminified, unhashed
// bundles there that a later `--ship` bundle does not remove, so a production bundle starts from an empty folder.
build.rig.addPreBuildTask(
  build.subTask('clean-release-assets', (gulp, buildConfig, done) => {
    if (buildConfig.production) {
      fs.rmSync(path.join(__dirname, 'release', 'assets'), { recursive: true, force: true });
    }
    done();
  }),
);

// SPFx loads the strings file of the user's language and otherwise the `default` one, or else en-us.
// The product's language is Dutch, so Dutch is the default: each strings module gets a default.js copied
// from its nl-nl.js (config/config.json lists the modules), rather than a second Dutch source file.
build.rig.addPostTypescriptTask(
  build.subTask('default-locale-nl-nl', (gulp, buildConfig, done) => {
    const { localizedResources } = require('./config/config.json');
    for (const pattern of Object.values(localizedResources)) {
      // Copied from src/, not lib/: copy-static-assets, which fills lib/, runs alongside tsc.
      const dutch = path.join(__dirname, pattern.replace(/^lib\//, 'src/').replace('{locale}', 'nl-nl'));
      const target = path.join(__dirname, pattern.replace('{locale}', 'default'));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(dutch, target);
    }
    done();
  }),
);

build.initialize(require('gulp'));
