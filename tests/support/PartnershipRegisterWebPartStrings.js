// jest's stand-in for SPFx's 'PartnershipRegisterWebPartStrings' module: the Dutch strings, the product's default
// locale. A test of another locale mocks the module with loadWebPartStrings('partnershipRegister', '<locale>').
module.exports = require('./amdStrings').loadWebPartStrings('partnershipRegister', 'nl-nl');
