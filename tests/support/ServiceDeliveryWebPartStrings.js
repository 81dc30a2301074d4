// jest's stand-in for SPFx's 'ServiceDeliveryWebPartStrings' module: the Dutch strings, the product's default locale.
module.exports = require('./amdStrings').loadWebPartStrings('serviceDelivery', 'nl-nl');
