// Review statuses as the UI shows them: one order, one name, one icon and color per status.
// Pure (no `vscode`): icons and colors are theme ids that the glue wraps in ThemeIcon / ThemeColor.
import type { ReviewStatus } from '../../curation/types';
import type { Translate } from './format';

/** The order of the review flow: tree filter, status bar tooltip, score report. */
export const STATUS_ORDER: readonly ReviewStatus[] = ['machine', 'accepted', 'corrected', 'manual', 'rejected'];

/** Codicon per status (none for unreviewed facts: they keep their kind's icon). */
export const STATUS_ICONS: Readonly<Record<ReviewStatus, string | undefined>> = {
	machine: undefined,
	accepted: 'pass',
	rejected: 'circle-slash',
	corrected: 'edit',
	manual: 'person',
};

/** Theme color id of each status's icon. */
export const STATUS_COLORS: Readonly<Record<ReviewStatus, string | undefined>> = {
	machine: undefined,
	accepted: 'testing.iconPassed',
	rejected: 'disabledForeground',
	corrected: 'charts.yellow',
	manual: 'charts.blue',
};

/** The status as a person reads it: `unreviewed`, `accepted`, `added by hand`, … */
export function statusName(s: ReviewStatus, t: Translate): string {
	switch (s) {
		case 'machine':
			return t('unreviewed');
		case 'accepted':
			return t('accepted');
		case 'rejected':
			return t('rejected');
		case 'corrected':
			return t('corrected');
		case 'manual':
			return t('added by hand');
	}
}

export function isReviewStatus(v: unknown): v is ReviewStatus {
	return typeof v === 'string' && (STATUS_ORDER as readonly string[]).includes(v);
}
