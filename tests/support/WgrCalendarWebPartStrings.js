// jest's stand-in for SPFx's 'WgrCalendarWebPartStrings' module: the Dutch strings, the product's default locale.
module.exports = require('./amdStrings').loadWebPartStrings('wgrCalendar', 'nl-nl');
