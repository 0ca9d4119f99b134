// Bundles the pages' assets from npm into the jar: run by the Maven build (exec plugin, phase
// generate-resources). Installs with `npm ci` only when package-lock.json changed since the last
// install, so a second build calls no network and takes milliseconds.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const [source, target] = process.argv.slice(2);
const work = join(target, 'frontend');
const classes = join(target, 'classes');
const lock = readFileSync(join(source, 'package-lock.json'));
const stamp = createHash('sha256').update(lock).digest('hex');
const stampFile = join(work, 'installed.sha256');

mkdirSync(work, { recursive: true });
if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
  cpSync(join(source, 'package.json'), join(work, 'package.json'));
  cpSync(join(source, 'package-lock.json'), join(work, 'package-lock.json'));
  execSync('npm ci --no-audit --no-fund --loglevel=error', { cwd: work, stdio: 'inherit' });
  writeFileSync(stampFile, stamp);
}

const modules = join(work, 'node_modules');
const copies = [
  ['@utrecht/component-library-css/dist/index.css', 'static/assets/vendor/utrecht/components.css'],
  ['@utrecht/design-tokens/dist/index.css', 'static/assets/vendor/utrecht/tokens.css'],
  ['dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'fonts/DejaVuSans.ttf'],
  ['dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf', 'fonts/DejaVuSans-Bold.ttf'],
  ['dejavu-fonts-ttf/LICENSE', 'fonts/DejaVu-LICENSE.txt'],
];
for (const [from, to] of copies) {
  const destination = join(classes, to);
  mkdirSync(join(destination, '..'), { recursive: true });
  cpSync(join(modules, from), destination);
}
