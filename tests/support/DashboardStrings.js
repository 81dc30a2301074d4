// jest's stand-in for SPFx's 'DashboardStrings' module (src/components/dashboard/loc): the Dutch strings, the default locale.
const path = require('path');
module.exports = require('./amdStrings').loadAmdStrings(path.join(__dirname, '..', '..', 'src', 'components', 'dashboard', 'loc', 'nl-nl.js'));
