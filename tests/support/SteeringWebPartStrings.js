// jest's stand-in for SPFx's 'SteeringWebPartStrings' module: the Dutch strings, the product's default locale.
module.exports = require('./amdStrings').loadWebPartStrings('steering', 'nl-nl');
