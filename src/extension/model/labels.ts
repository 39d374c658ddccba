// Names of categories and statuses as shown to people. Pure: `t` localizes.
import type { Mention } from '../../engine/types';
import { categoryOf, type FactCategory } from './categories';
import type { Translate } from './format';

export function categoryName(category: FactCategory, t: Translate): string {
	switch (category) {
		case 'money':
			return t('Money amount');
		case 'percent':
			return t('Percentage');
		case 'quantity':
			return t('Quantity');
		case 'date':
			return t('Date');
		case 'organization':
			return t('Organization');
	}
}

/** Plural group label for tree nodes. */
export function categoryGroupName(category: FactCategory, t: Translate): string {
	switch (category) {
		case 'money':
			return t('Money amounts');
		case 'percent':
			return t('Percentages');
		case 'quantity':
			return t('Quantities');
		case 'date':
			return t('Dates');
		case 'organization':
			return t('Organizations');
	}
}

export function categoryLabel(m: Mention, t: Translate): string {
	return categoryName(categoryOf(m), t);
}
