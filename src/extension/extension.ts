// Extension entry point (Node and web worker). Thin glue: the engine does the work.
import * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): { ready: true } {
	void context;
	return { ready: true };
}

export function deactivate(): void {
	// Everything disposable is registered in context.subscriptions.
}
