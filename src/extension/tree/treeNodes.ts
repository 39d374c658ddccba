// The Facts tree's nodes, and the hooks other features use to decorate items or add per-document ones.
import type * as vscode from 'vscode';
import type { ReviewedMention } from '../../curation/types';
import type { FactCategory } from '../model/categories';

export interface DocumentNode {
	readonly type: 'document';
	readonly id: string;
	readonly key: string;
}
export interface CategoryNode {
	readonly type: 'category';
	readonly id: string;
	readonly category: FactCategory;
	/** Set when under a document (grouping by document). */
	readonly parent?: DocumentNode;
}
export interface EntityNode {
	readonly type: 'entity';
	readonly id: string;
	readonly category: FactCategory;
	readonly entityKey: string;
	readonly parent: CategoryNode;
}
export interface MentionNode {
	readonly type: 'mention';
	readonly id: string;
	readonly docKey: string;
	readonly mention: ReviewedMention;
	readonly parent: CategoryNode | EntityNode;
}
/** An item another feature adds under a document (curation: orphaned decisions). */
export interface TreeExtraItem {
	/** Unique within the document. */
	readonly id: string;
	readonly label: string;
	readonly description?: string;
	readonly tooltip?: string | vscode.MarkdownString;
	readonly iconPath?: vscode.ThemeIcon;
	readonly command?: vscode.Command;
	readonly contextValue?: string;
}
export interface ExtraNode {
	readonly type: 'extra';
	readonly id: string;
	readonly docKey: string;
	readonly item: TreeExtraItem;
	readonly parent: DocumentNode;
}
export type FactsTreeNode = DocumentNode | CategoryNode | EntityNode | MentionNode | ExtraNode;

export type ItemDecorator = (item: vscode.TreeItem, mention: ReviewedMention, uri: vscode.Uri) => void;
export type DocumentExtras = (uri: vscode.Uri) => readonly TreeExtraItem[];
