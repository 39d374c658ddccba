// The facts service's review source: sidecar decisions (SidecarStore) applied to the engine's
// mentions, with the last application per document kept so that views get orphans without re-running it.
import * as vscode from 'vscode';
import { applyDecisions, type ApplyResult } from '../../curation/apply';
import type { Decision } from '../../curation/sidecar';
import { asMachine, type ReviewedMention } from '../../curation/types';
import type { Mention } from '../../engine/types';
import type { ReviewSource } from '../facts/factsTypes';
import type { CurationInfo } from './curationInfo';
import type { SidecarStore } from './curationStore';

/** What `info` needs of a document's facts. */
interface TextAndRaw {
	readonly text: string;
	readonly raw: readonly Mention[];
}

export class SidecarReviewSource implements ReviewSource, vscode.Disposable {
	private readonly applied = new Map<string, { text: string; raw: readonly Mention[]; decisions: readonly Decision[]; result: ApplyResult }>();
	private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
	readonly onDidChangeReview = this.emitter.event;
	private readonly subscription: vscode.Disposable;

	constructor(readonly store: SidecarStore) {
		this.subscription = store.onDidChange((e) => {
			// A seed without a sidecar was reviewed as machine-only already.
			if (!(e.cause === 'load' && store.peek(e.seed).status === 'absent')) this.emitter.fire(e.seed);
		});
	}

	review(uri: vscode.Uri, text: string, raw: readonly Mention[]): ReviewedMention[] {
		const state = this.store.peek(uri);
		if (state.status !== 'ok') return asMachine(raw);
		return this.apply(uri, text, raw, state.decisions).mentions;
	}

	/** The decisions applied to a text (cached per document while text, mentions and decisions are the same). */
	apply(uri: vscode.Uri, text: string, raw: readonly Mention[], decisions: readonly Decision[]): ApplyResult {
		const key = uri.toString();
		const hit = this.applied.get(key);
		if (hit && hit.text === text && hit.raw === raw && hit.decisions === decisions) return hit.result;
		const result = applyDecisions(text, raw, decisions);
		this.applied.set(key, { text, raw, decisions, result });
		return result;
	}

	/** The sidecar's state and the orphans of a document's current facts. */
	info(uri: vscode.Uri, facts: TextAndRaw | undefined): CurationInfo {
		const state = this.store.peek(uri);
		if (state.status !== 'ok' || !facts) return { state, orphans: [] };
		return { state, orphans: this.apply(uri, facts.text, facts.raw, state.decisions).orphans };
	}

	dispose(): void {
		this.subscription.dispose();
		this.emitter.dispose();
	}
}
