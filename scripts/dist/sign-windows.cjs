// electron-builder's Windows signing hook. The organisation's certificate and tool stay on the build machine: set
// ASSAY_WINDOWS_SIGN to the command that signs one file, with {file} where the file goes, e.g.
//   ASSAY_WINDOWS_SIGN='signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /a "{file}"'
// Without it, the build stops rather than ship an unsigned installer.
const { execSync } = require('node:child_process');

module.exports = async function sign(configuration) {
  const command = process.env.ASSAY_WINDOWS_SIGN;
  if (!command) throw new Error('ASSAY_WINDOWS_SIGN is not set: Windows builds are signed (see CONTRIBUTING.md, "Packaging").');
  execSync(command.replaceAll('{file}', configuration.path), { stdio: 'inherit' });
};
