// User settings for the code-server that `npm start` opens. Seeds are source data: VS Code must never
// write a stray keystroke into one on its own, so auto-save is off whatever code-server's default is.
export const START_SETTINGS = Object.freeze({
	'files.autoSave': 'off',
	'[seed]': { 'files.autoSave': 'off' },
});
