// jest's stand-in for SPFx's 'PartnershipControlWebPartStrings' module: the Dutch strings, the product's default locale.
module.exports = require('./amdStrings').loadWebPartStrings('partnershipControl', 'nl-nl');
