// jest's stand-in for SPFx's 'MeetingBodiesWebPartStrings' module: the Dutch strings, the product's default locale.
module.exports = require('./amdStrings').loadWebPartStrings('meetingBodies', 'nl-nl');
