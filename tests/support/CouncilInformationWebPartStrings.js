// jest's stand-in for SPFx's 'CouncilInformationWebPartStrings' module: the Dutch strings (the default locale).
module.exports = require('./amdStrings').loadWebPartStrings('councilInformation', 'nl-nl');
