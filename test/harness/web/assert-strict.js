// `node:assert/strict` for the web worker bundle: the npm assert polyfill has no strict entry point.
module.exports = require('assert').strict;
