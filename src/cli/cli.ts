// Command-line interface: the same engine from a shell.
import { extract } from '../engine/extract';

const args = process.argv.slice(2);
void extract;
if (args.length === 0 || args.includes('--help')) {
	process.stdout.write('Usage: seed-facts extract PATH...\n');
}
