// Registers a table of command handlers (`COMMANDS` ids only) for the extension's lifetime.
import * as vscode from 'vscode';
import type { CommandHandlers, CommandId } from './model/commandIds';

export function registerCommandTable(context: vscode.ExtensionContext, handlers: CommandHandlers): void {
	for (const [id, handler] of Object.entries(handlers) as [CommandId, CommandHandlers[CommandId]][]) {
		if (handler) context.subscriptions.push(vscode.commands.registerCommand(id, handler));
	}
}
