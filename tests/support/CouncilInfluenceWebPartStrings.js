// jest's stand-in for SPFx's 'CouncilInfluenceWebPartStrings' module: the Dutch strings, the product's default locale.
module.exports = require('./amdStrings').loadWebPartStrings('councilInfluence', 'nl-nl');
