import { writeFileAtomic } from '../../electron/services/atomic-write';

/**
 * A writer to be killed: writes `target` over and over through writeFileAtomic, each version `size` bytes of one
 * value (1, 2, 3 …), and says on stdout which version is complete once each write returns.
 */
async function main(): Promise<void> {
  const [target, sizeText] = process.argv.slice(2);
  const size = Number(sizeText);
  for (let version = 1; ; version = (version % 250) + 1) {
    await writeFileAtomic(target!, Buffer.alloc(size, version));
    process.stdout.write(`${version}\n`);
  }
}

void main();
